#pragma once

#include "data/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// The templates the app renders into files it puts on hosts (daemon.json,
// systemd units, DRBD resources ...): text with `{{ name }}` placeholders,
// where a name is a variable or a dotted path into maps (`{{ hive.cidr }}`),
// optionally piped through one filter: `| json` (a JSON value: strings
// quoted, lists and maps as JSON) or `| default(text)`. A missing variable
// is an error naming the template, its line and the variable; no half-
// rendered text is ever returned.
class TextTemplate
{
    Q_DECLARE_TR_FUNCTIONS(hive::TextTemplate)
public:
    static bool render(const QString &name, const QByteArray &text, const Value &variables,
                       QByteArray &out, QString &error);
};

} // namespace hive
