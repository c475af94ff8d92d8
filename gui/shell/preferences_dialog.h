#pragma once

#include <QDialog>

class QComboBox;

namespace hive::gui {

// Preferences: the language (system, 日本語, English). The theme follows the
// system palette.
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
};

} // namespace hive::gui
