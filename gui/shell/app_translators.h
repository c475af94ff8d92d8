#pragma once

#include <QString>
#include <QTranslator>

namespace hive::gui {

// The app's translators: our messages (":/i18n/hive_<lang>.qm") and Qt's own
// (dialog buttons, wizard pages). install() replaces whatever was installed
// before, so the language can change while the app runs.
class AppTranslators
{
public:
    AppTranslators() = default;
    ~AppTranslators();
    AppTranslators(const AppTranslators &) = delete;
    AppTranslators &operator=(const AppTranslators &) = delete;

    // `language`: "ja", "en", or empty for the system's. Also sets the default
    // QLocale. False when our messages have no translation for it (English
    // source texts are shown then).
    bool install(const QString &language);
    void remove();

private:
    QTranslator m_ours;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace hive::gui
