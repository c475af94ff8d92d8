#pragma once

#include "data/value.h"

#include <QList>
#include <QStringList>

namespace hive {

// Where a service's name is used elsewhere in a services file: other services
// reach it by name on the overlay network (REDIS_HOST: kvstore, a URL with
// kvstore:6379, a placement or label). Renaming or deleting a service shows
// these first, and a rename can update them.
class ServiceReferences
{
public:
    struct Reference
    {
        QStringList path; // services.web.environment.REDIS_HOST
        QString text;     // the string that mentions the name
        SourceMark mark;
    };

    // Every string in `root` (a services file) outside services.<name> that
    // mentions `name` as a whole host name.
    static QList<Reference> find(const Value &root, const QString &name);
    // The text with each whole-name mention of `from` replaced by `to`.
    static QString replaceName(const QString &text, const QString &from, const QString &to);
};

} // namespace hive
