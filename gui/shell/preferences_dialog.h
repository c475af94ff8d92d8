#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace hive::gui {

// Preferences: the language (system, 日本語, English), the theme and font
// size, the terminal that opens `hive ssh`, how often Health checks, and
// whether a run on the private stage asks first (runs on every other stage
// always ask). OK saves them and puts the look on the application at once.
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
    void save();

    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QLineEdit *m_terminal;
    QComboBox *m_healthInterval;
    QCheckBox *m_askPrivate;
};

} // namespace hive::gui
