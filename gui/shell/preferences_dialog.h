#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace hive::gui {

// Preferences: the language (system, 日本語, English) and whether a run on
// the private stage asks first (runs on every other stage always ask). The
// theme follows the system palette.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // "" (system), "ja" or "en"
    QString language() const; // the chosen one: "ja", "en" or "" (system)
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

private:
    QComboBox *m_language;
    QCheckBox *m_askPrivate;
};

} // namespace hive::gui
