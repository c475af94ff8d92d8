#pragma once

#include "tests/support/loopback_http_server.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Azure as the Azure suites need it, on loopback and on the test's thread:
// Microsoft Entra ID's token endpoint (a client-credentials grant for one
// service principal), and Azure Resource Manager keeping resources by their
// path ("subscriptions/s/resourceGroups/g/providers/Microsoft.Network/
// virtualNetworks/v", not case-sensitive): a PUT makes or replaces one
// (inside an existing resource group; a public IP gets an address, a
// virtual network's subnets become its children, a VM runs and its disks
// are made), a GET reads one (404 when missing; a VM's instanceView; a
// group's resources), a DELETE removes one (a VM with the disks it deletes;
// a group with everything in it), start/deallocate set a VM's power state,
// retrieveBootDiagnosticsData gives a signed address of its serial log.
// Changes answer an Azure-AsyncOperation (PUT) or a Location (POST,
// DELETE) to poll, done after `pendingPolls` polls. Each request's
// api-version is required; every PUT body is kept for the oracle.
class FakeArm
{
public:
    struct Put
    {
        QString path;
        QString apiVersion;
        QJsonObject body;
    };

    FakeArm();
    bool listen();
    QByteArray url() const { return m_server.url(); }
    // AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT.
    QByteArray authority() const { return url() + "/login/"; }
    QByteArray management() const { return url() + "/arm/"; }

    QString tenant = QStringLiteral("tenant-1");
    QString clientId = QStringLiteral("app-1");
    QString secret = QStringLiteral("s3cret/+&=");
    QString subscription = QStringLiteral("sub-1");

    QMap<QString, QJsonObject> resources; // by lower-case path
    QStringList changes;                  // "PUT path", "POST path", "DELETE path"
    QList<Put> puts;
    int pendingPolls = 0;
    QMap<QString, QString> serialLog; // a VM's, by its name
    // A PUT whose path contains this fails in its operation with this code,
    // leaving the resource in state Failed.
    QString failPutOn, failCode = QStringLiteral("ZonalAllocationFailed");
    int tokens = 0; // tokens given
    // A run cut off: after this many more calls to Resource Manager (not
    // the token, the operations polled or the serial logs), every call is
    // refused (403 AuthorizationFailed); -1: never.
    int cutAfter = -1;
    int calls = 0; // calls to Resource Manager, counted as cutAfter counts them
    const QList<LoopbackHttpServer::Request> &requests() const { return m_server.requests; }
    // The resources of a kind ("virtualmachines"), by name.
    QStringList namesOf(const QString &type) const;

private:
    LoopbackHttpServer::Response answer(const LoopbackHttpServer::Request &r);
    LoopbackHttpServer::Response asyncOperation(bool failed, const QString &what);
    LoopbackHttpServer::Response location();
    QJsonObject view(const QString &key) const;
    LoopbackHttpServer m_server;
    QMap<QString, int> m_pollsLeft; // by operation path
    QMap<QString, QJsonObject> m_finals;
    int m_next = 1;
    int m_nextAddress = 10;
};
