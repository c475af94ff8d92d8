#include "gui/shell/app_translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace hive::gui {

AppTranslators::~AppTranslators()
{
    remove();
}

void AppTranslators::remove()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

bool AppTranslators::install(const QString &language)
{
    remove();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // A locale without a translation gets English (its plural forms).
    const bool ours = m_ours.load(locale, QStringLiteral("hive"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")) ||
                      m_ours.load(QStringLiteral("hive_en"), QStringLiteral(":/i18n"));
    if (ours)
        QCoreApplication::installTranslator(&m_ours);
    m_installed = true;
    return ours;
}

} // namespace hive::gui
