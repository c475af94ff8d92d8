#pragma once

#include "diagnostics/expected.h"
#include "project/stage_draft.h"

#include <QByteArray>
#include <QString>

namespace hive {

// Writes what the first-setup wizard designed: a new project (inventory/
// hive.yml with the stage, inventory/group_vars/all.yml with hive_email and
// domain), or one more stage in an existing hive.yml without touching the
// rest of the file. Files are written atomically; nothing is overwritten.
class ProjectScaffold
{
    Q_DECLARE_TR_FUNCTIONS(hive::ProjectScaffold)
public:
    static bool validHiveName(const QString &name, QString &error);
    // The administrator's e-mail and the domain, when given (both may be
    // left empty): an error naming the one that is not one.
    static Expected<void> checkContacts(const QString &email, const QString &domain);
    static QByteArray hiveFile(const QString &hiveName, const StageDraft &stage);
    static QByteArray groupVarsFile(const QString &email, const QString &domain);
    // hive.yml as it will be after adding the stage (existing: its current text).
    static bool hiveFileWithStage(const QByteArray &existing, const StageDraft &stage,
                                  QByteArray &out, QString &error);

    static bool createProject(const QString &rootDir, const QString &hiveName, const QString &email,
                              const QString &domain, const StageDraft &stage, QString &error);
    static bool addStage(const QString &hiveFilePath, const StageDraft &stage, QString &error);
};

} // namespace hive
