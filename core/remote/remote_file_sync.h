#pragma once

#include "data/value.h"
#include "remote/ssh_session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// Puts a file on a host only when it differs (content, mode, owner, group),
// and says whether it changed: the "check first, change only what differs"
// rule of every step. The new content is written to a private temporary file
// and moved into place with a rename in the target folder, so readers never
// see half a file. Works as root or through sudo for a non-root admin.
class RemoteFileSync
{
    Q_DECLARE_TR_FUNCTIONS(hive::RemoteFileSync)
public:
    enum class Outcome
    {
        Unchanged,
        Created,
        Updated,
        Failed
    };
    struct Request
    {
        QString path;
        QByteArray content;
        int mode = 0644;
        QString owner; // empty: leave as is (new files: the admin, or root through sudo)
        QString group;
        bool checkOnly = false; // report what would change, change nothing (-C)
        // A command that must accept the new content before it replaces the
        // file (`visudo -cf %s`): %s is the path of the candidate beside it.
        // A refused candidate is removed and the old file stays.
        QString validate;
    };

    static Outcome put(SshSession &session, const Request &request, QString &error);
    // Renders `request.content` as a TextTemplate with `variables`, then puts
    // the result. A template error fails before the host is touched.
    static Outcome putTemplate(SshSession &session, const QString &templateName,
                               const Request &request, const Value &variables, QString &error);
};

} // namespace hive
