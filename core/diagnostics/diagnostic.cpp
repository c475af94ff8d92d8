#include "diagnostics/diagnostic.h"

#include <QCoreApplication>
#include <QDir>

namespace hive {

QString Diagnostic::format(const QString &relativeTo) const
{
    QString where;
    if (!mark.file.isEmpty()) {
        where = relativeTo.isEmpty() ? mark.file : QDir(relativeTo).relativeFilePath(mark.file);
        if (mark.line > 0) {
            where += QLatin1Char(':') + QString::number(mark.line);
            if (mark.column > 0)
                where += QLatin1Char(':') + QString::number(mark.column);
        }
        where += QLatin1String(": ");
    }
    QString level;
    switch (severity) {
    case Severity::Error:
        level = QCoreApplication::translate("hive::Diagnostic", "error");
        break;
    case Severity::Warning:
        level = QCoreApplication::translate("hive::Diagnostic", "warning");
        break;
    case Severity::Note:
        level = QCoreApplication::translate("hive::Diagnostic", "note");
        break;
    }
    QString context;
    if (!stage.isEmpty())
        context += QCoreApplication::translate("hive::Diagnostic", "stage %1").arg(stage) +
                   QLatin1String(", ");
    if (!service.isEmpty())
        context += QCoreApplication::translate("hive::Diagnostic", "service %1").arg(service) +
                   QLatin1String(", ");
    if (!key.isEmpty())
        context += QCoreApplication::translate("hive::Diagnostic", "key %1").arg(key) +
                   QLatin1String(", ");
    if (!context.isEmpty())
        context = QLatin1Char('[') + context.chopped(2) + QLatin1String("] ");
    return where + level + QLatin1String(": ") + context + message + QLatin1String(" (") + code +
           QLatin1Char(')');
}

} // namespace hive
