#pragma once

#include "tests/support/loopback_http_server.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Google Compute Engine as the GCP suites need it, on loopback and on the
// test's thread: a token endpoint, and resources kept by their path
// ("projects/p/global/networks/vpc-pdns") that a POST to their collection
// makes, a GET reads (404 when missing), a PATCH merges into and a DELETE
// removes (an address gets an IP, an instance is RUNNING; /start and /stop
// set its status; /serialPort gives `serialOutput`); each change answers a zone's, region's or the
// global operation, done at once or after `pendingPolls` polls. The state can be read and changed
// between runs, as a fault.
class FakeGce
{
public:
    FakeGce();
    bool listen();
    QByteArray url() const { return m_server.url(); }
    // The key file's token_uri, and CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE.
    QString tokenUri() const { return QString::fromLatin1(url()) + QStringLiteral("/token"); }
    QByteArray computeEndpoint() const { return url() + "/compute/v1/"; }
    QByteArray fileEndpoint() const { return url() + "/file/v1/"; }

    QMap<QString, QJsonObject> resources;
    QStringList changes; // "POST path", "PATCH path", "DELETE path", in order
    int pendingPolls = 0;
    // A run cut off: after this many more calls (not the token nor the
    // operations polled), every call is refused (403 forbidden); -1: never.
    int cutAfter = -1;
    int calls = 0; // calls counted as cutAfter counts them
    // An instance's serial port output, and its guest attributes' answer
    // (getGuestAttributes; 404 when it has none), by the instance's path.
    QMap<QString, QString> serialOutput;
    QMap<QString, QJsonObject> guestAttributes;
    const QList<LoopbackHttpServer::Request> &requests() const { return m_server.requests; }

private:
    LoopbackHttpServer::Response answer(const LoopbackHttpServer::Request &r);
    LoopbackHttpServer::Response operation(const QString &scope);
    LoopbackHttpServer m_server;
    QMap<QString, QJsonObject> m_operations;
    QMap<QString, int> m_pollsLeft;
    int m_nextOperation = 1;
    int m_nextAddress = 10;
    QStringList m_requestIds;
};
