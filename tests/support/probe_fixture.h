#pragma once

#include "health/host_probe.h"

#include <QFile>
#include <QtGlobal>

// Probe outputs recorded from the test bed (tests/fixtures/doctor), read as
// the doctor and the recovery flows read a host's answer. The test target
// defines HIVE_FIXTURES_DIR.
inline hive::ProbedHost probeFixture(const QString &host, const QString &file)
{
    QFile f(QStringLiteral(HIVE_FIXTURES_DIR "/doctor/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    hive::ProbedHost p;
    p.host = host;
    QString error;
    p.reached = hive::HostProbe::parse(QString::fromUtf8(f.readAll()), p.sections, error);
    if (!p.reached)
        qFatal("%s: %s", qPrintable(file), qPrintable(error));
    return p;
}

// A host that did not answer, as SSH reports it.
inline hive::ProbedHost unreachableHost(const QString &host)
{
    hive::ProbedHost p;
    p.host = host;
    p.error = QStringLiteral("cannot connect to %1:22: Connection refused").arg(host);
    return p;
}
