#pragma once

#include "tests/support/fake_ec2.h"

#include <QSet>
#include <QString>

// Hands every request a FakeEc2 received (EC2 and STS's query requests,
// EFS's REST-JSON ones) to the oracles built on botocore's own service
// models (tests/core/cloud/ec2_request_oracle.py, efs_request_oracle.py):
// an operation the service has, parameters and members of its input shape,
// their types, the required ones.
struct AwsRequestOracles
{
    bool skipped = false;       // python3-botocore is missing (outside CI only)
    QString problems;           // one line each; empty when every request is right
    QSet<QString> queryActions; // "RunInstances", ...
    QSet<QString> restCalls;    // "POST /2015-02-01/file-systems", ...
    int queryRequests = 0;
    int restRequests = 0;

    static AwsRequestOracles check(const FakeEc2 &aws);
};
