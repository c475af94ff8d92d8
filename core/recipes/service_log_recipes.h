#pragma once

#include "data/value.h"
#include "recipes/host_change.h"

#include <QCoreApplication>
#include <QList>

namespace hive {

// The services' error lines (hive-builder's monitor-service-log role): a
// service's monitor_error patterns, less its ignore_error ones, become an
// rsyslog rule on the repository server that copies each matching line of
// its log to /var/log/service-error.log, naming the service's log file.
class ServiceLogRecipes
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceLogRecipes)
public:
    static QString rulesDir() { return QStringLiteral("/etc/rsyslog-services.d"); }
    static QString errorLog() { return QStringLiteral("/var/log/service-error.log"); }
    // What restarts rsyslog once its rules changed (checked first).
    static QString restart();
    // The rule of `service`; false with the error naming the pattern when
    // one cannot go into rsyslog's configuration (a quote, a line break).
    // `ignore` that is not a list (hive-builder's `ignore_error: true`)
    // ignores nothing.
    static bool rule(const QString &service, const Value &monitor, const Value &ignore,
                     QByteArray &out, QString &error);
    // The change a deploy makes for `service`: its rule written, or removed
    // when it has no monitor_error (or when the service goes).
    static HostChange change(const QString &service, const QByteArray &rule);
};

} // namespace hive
