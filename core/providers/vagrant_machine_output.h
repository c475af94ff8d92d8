#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// Vagrant's --machine-readable output: one record per line,
// "timestamp,target,type,data…", with commas in the data written as
// %!(VAGRANT_COMMA) and line breaks as \n. build-infra reads the machines'
// states (`vagrant status`), the boxes there are (`vagrant box list`), the
// plugins (`vagrant plugin list`), what `vagrant up` says per machine, and
// the error a command stopped with.
class VagrantMachineOutput
{
    Q_DECLARE_TR_FUNCTIONS(hive::VagrantMachineOutput)
public:
    struct Record
    {
        QString target; // a machine's name, or empty
        QString type;   // state, ui, box-name, error-exit, …
        QStringList data;
    };

    // Nothing for a line that is not a record.
    static bool parse(const QString &line, Record &out);
    static QList<Record> parseAll(const QString &output);

    // Machine name -> state (running, poweroff, shutoff, not_created, …).
    static QHash<QString, QString> states(const QList<Record> &records);
    // "name provider" of each box there is.
    static QStringList boxes(const QList<Record> &records);
    static QStringList plugins(const QList<Record> &records);
    // What a failed command said: its error-exit message, else its last
    // error line; empty when it said neither.
    static QString error(const QList<Record> &records);
    // A ui line of a record, for a run's output ("==> p-hive0: …" without
    // the prefix Vagrant's own front end adds); empty when it is not one.
    static QString uiText(const Record &record);

    // What to do about an error vagrant stopped with, for a user who has
    // not met it before; empty when there is nothing to add.
    static QString advice(const QString &error);
};

} // namespace hive
