#pragma once

#include "providers/aws_resource_plan.h"

// The AWS suites' stage: hive pdns, staging in Tokyo, one subnet, the
// group allowing itself; each suite adds what it tests.
inline hive::AwsResourcePlan awsPlanFixture()
{
    hive::AwsResourcePlan p;
    p.hiveName = QStringLiteral("pdns");
    p.stage = QStringLiteral("staging");
    p.region = QStringLiteral("ap-northeast-1");
    p.cidr = QStringLiteral("10.0.0.0/16");
    p.vpcName = QStringLiteral("vpc-pdns");
    p.gatewayName = QStringLiteral("gateway for vpc-pdns");
    p.subnets = {{QStringLiteral("subnet-a"), QStringLiteral("10.0.0.0/24"),
                  QStringLiteral("ap-northeast-1a")}};
    p.inbound = {{QStringLiteral("-1"), 0, QString()}};
    return p;
}
