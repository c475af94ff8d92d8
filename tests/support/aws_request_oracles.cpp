#include "tests/support/aws_request_oracles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <algorithm>

namespace {

QJsonObject jsonOf(const QHash<QString, QString> &values)
{
    QJsonObject o;
    for (auto i = values.cbegin(); i != values.cend(); ++i)
        o.insert(i.key(), i.value());
    return o;
}

// One oracle over `lines`: its findings, or why it could not run.
QString ask(const char *script, const QList<QByteArray> &lines, bool &skipped)
{
    QProcess oracle;
    oracle.start(QStringLiteral("python3"), {QLatin1String(script)});
    if (!oracle.waitForStarted())
        return QStringLiteral("python3 does not start");
    for (const QByteArray &line : lines)
        oracle.write(line + '\n');
    oracle.closeWriteChannel();
    if (!oracle.waitForFinished(120000))
        return QStringLiteral("%1 did not finish").arg(QLatin1String(script));
    const QByteArray err = oracle.readAllStandardError();
    if (err.contains("No module named 'botocore'") && !qEnvironmentVariableIsSet("CI")) {
        skipped = true;
        return {};
    }
    if (oracle.exitCode() != 0 || !err.isEmpty())
        return QString::fromUtf8(err);
    return QString::fromUtf8(oracle.readAllStandardOutput());
}

} // namespace

AwsRequestOracles AwsRequestOracles::check(const FakeEc2 &aws)
{
    AwsRequestOracles out;
    QList<QByteArray> query;
    for (const QHash<QString, QString> &r : aws.requests()) {
        out.queryActions.insert(r.value(QStringLiteral("Action")));
        query << QJsonDocument(jsonOf(r)).toJson(QJsonDocument::Compact);
    }
    QList<QByteArray> rest;
    for (const FakeEc2::RestRequest &r : aws.restRequests()) {
        out.restCalls.insert(r.method + QLatin1Char(' ') + r.path.section(QLatin1Char('/'), 0, 2));
        rest << QJsonDocument(QJsonObject{{QStringLiteral("method"), r.method},
                                          {QStringLiteral("path"), r.path},
                                          {QStringLiteral("query"), jsonOf(r.query)},
                                          {QStringLiteral("body"), QString::fromUtf8(r.body)}})
                    .toJson(QJsonDocument::Compact);
    }
    out.queryRequests = int(query.size());
    out.restRequests = int(rest.size());
    // The drills send the same requests over and over: each is asked once.
    const auto distinct = [](QList<QByteArray> &lines) {
        QSet<QByteArray> seen;
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&seen](const QByteArray &l) {
                                       if (seen.contains(l))
                                           return true;
                                       seen.insert(l);
                                       return false;
                                   }),
                    lines.end());
    };
    distinct(query);
    distinct(rest);
    if (!query.isEmpty())
        out.problems += ask(HIVE_EC2_REQUEST_ORACLE, query, out.skipped);
    if (!rest.isEmpty())
        out.problems += ask(HIVE_EFS_REQUEST_ORACLE, rest, out.skipped);
    return out;
}
