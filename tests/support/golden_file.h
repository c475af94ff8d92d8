#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

// Reviewed expected output kept in tests/fixtures/<folder>/<name>: the text
// must equal the file; with HIVE_UPDATE_GOLDEN=1 the file is rewritten
// instead (then review the diff before committing it).
inline void compareWithGoldenFile(const QString &path, const QByteArray &text)
{
    if (qEnvironmentVariableIsSet("HIVE_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(f.readAll()));
}
