#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QThread;

// A stateful stand-in for EC2's Query API on loopback, for the AWS
// provider's tests: what it is asked to create exists afterwards, with ids,
// tags and the defaults AWS gives (a VPC comes with its main route table
// and its default security group allowing the group itself), so a second
// run finds it. Only the calls the provider makes are known; another is
// answered with AWS's InvalidAction. It runs on a thread of its own (the
// client blocks on the test's threads). Every action is logged in order.
class FakeEc2
{
public:
    FakeEc2();
    ~FakeEc2();
    QUrl url() const;
    QStringList actions() const; // in order received
    QStringList changes() const; // the actions that are not Describe* (nor EFS GETs)
    // Every request's form parameters since it started (clearActions()
    // keeps them), for a check against EC2's service model.
    QList<QHash<QString, QString>> requests() const;
    void clearActions();

    // The state, to look at (and to change, as a fault) between runs.
    struct Tagged
    {
        QString id;
        QHash<QString, QString> tags;
    };
    struct Vpc : Tagged
    {
        QString cidr;
        bool dnsSupport = false;
        bool dnsHostnames = false;
    };
    struct Gateway : Tagged
    {
        QString vpc;
    };
    struct Subnet : Tagged
    {
        QString vpc, cidr, zone;
    };
    struct Route
    {
        QString destination, gateway;
    };
    struct RouteTable : Tagged
    {
        QString vpc;
        QList<Route> routes;
    };
    struct Permission
    {
        QString protocol; // "-1", "tcp", "udp"
        int from = 0, to = 0;
        QString cidr;  // or
        QString group; // a group id
        bool operator==(const Permission &o) const
        {
            return protocol == o.protocol && from == o.from && to == o.to && cidr == o.cidr &&
                   group == o.group;
        }
    };
    struct Group : Tagged
    {
        QString vpc, name;
        QList<Permission> inbound;
    };
    struct KeyPair : Tagged
    {
        QString name, material; // material: the public key as imported
    };
    struct Image : Tagged
    {
        QString name, owner, rootDevice, created;
    };
    struct Disk
    {
        QString device;
        int sizeGiB = 0;
        bool encrypted = false;
        QString kmsKeyId;
    };
    struct Instance : Tagged
    {
        QString type, image, subnet, privateIp, keyName, group, clientToken;
        QString state = QStringLiteral("pending"); // a describe moves it on
        QList<Disk> disks;
        QHash<QString, QString> volumeTags;
        QByteArray console; // what GetConsoleOutput gives
    };
    struct Address : Tagged // id: the allocation id
    {
        QString publicIp, instance, association;
    };
    // EFS (its REST-JSON API on the same port, under /2015-02-01/).
    struct FileSystem : Tagged
    {
        QString token;
        QString state = QStringLiteral("creating"); // a describe moves it on
        bool encrypted = false;
        QString kmsKeyId;
    };
    struct MountTarget
    {
        QString id, fileSystem, subnet;
        QStringList groups;
        QString state = QStringLiteral("creating"); // a describe moves it on
    };
    struct State
    {
        QList<FileSystem> fileSystems;
        QList<MountTarget> mountTargets;
        QList<KeyPair> keyPairs;
        QList<Image> images;
        QList<Instance> instances;
        QList<Address> addresses;
        QList<Vpc> vpcs;
        QList<Gateway> gateways;
        QList<Subnet> subnets;
        QList<RouteTable> routeTables;
        QList<Group> groups;
        // The console output an instance made from now on gives (its
        // cloud-init's host keys).
        QByteArray bootConsole;
        // Every request answered with this AWS error code (403), as for a
        // key AWS does not know.
        QString failWith;
        // After this many more requests (when not negative), failWith
        // ("AuthFailure" if empty) answers every one: a run cut off at that
        // point, as a kill or a dropped connection leaves it.
        int cutAfter = -1;
        int next = 1;
    };
    // AlmaLinux 9 of its foundation's account, as the default image search
    // finds it (ami-00000000000000001, root /dev/sda1).
    static Image almaLinuxImage();
    State state() const;
    void setState(const State &s);

    // For the server (called on its thread): one request's parameters in,
    // the status and XML out.
    QPair<int, QByteArray> answer(const QHash<QString, QString> &params);
    QPair<int, QByteArray> answerEfs(const QByteArray &method, const QString &path,
                                     const QHash<QString, QString> &query, const QByteArray &body);
    // Every EFS request since it started: method, path, query, JSON body.
    struct RestRequest
    {
        QString method, path;
        QHash<QString, QString> query;
        QByteArray body;
    };
    QList<RestRequest> restRequests() const;

private:
    mutable QMutex m_mutex;
    State m_state;
    QStringList m_actions;
    QList<QHash<QString, QString>> m_requests;
    QList<RestRequest> m_restRequests;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};
