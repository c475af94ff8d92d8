#include "gui/shell/preferences_dialog.h"

#include "gui/run/desktop_preferences.h"
#include "gui/run/run_preferences.h"
#include "gui/shell/app_appearance.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_terminal(new QLineEdit(this)),
      m_healthInterval(new QComboBox(this)),
      m_askPrivate(new QCheckBox(tr("&Ask before a run changes the private stage"), this))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));

    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("As the desktop"), int(DesktopPreferences::Theme::System));
    m_theme->addItem(tr("Light"), int(DesktopPreferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DesktopPreferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(DesktopPreferences::theme()))));

    m_fontSize->setObjectName(QStringLiteral("preferencesFontSize"));
    m_fontSize->setRange(5, 24);
    // The lowest value stands for the desktop's size.
    m_fontSize->setSpecialValueText(tr("As the desktop"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(DesktopPreferences::fontPointSize() > 0
                             ? DesktopPreferences::fontPointSize()
                             : m_fontSize->minimum());

    m_terminal->setObjectName(QStringLiteral("preferencesTerminal"));
    m_terminal->setPlaceholderText(DesktopPreferences::defaultTerminal());
    m_terminal->setText(DesktopPreferences::terminal());
    m_terminal->setClearButtonEnabled(true);

    m_healthInterval->setObjectName(QStringLiteral("preferencesHealthInterval"));
    for (int minutes : DesktopPreferences::healthIntervalChoices())
        m_healthInterval->addItem(minutes == 0 ? tr("only on demand")
                                               : tr("every %n minute(s)", nullptr, minutes),
                                  minutes);
    m_healthInterval->setCurrentIndex(
        std::max(0, m_healthInterval->findData(DesktopPreferences::healthIntervalMinutes())));

    m_askPrivate->setObjectName(QStringLiteral("askBeforePrivateRuns"));
    m_askPrivate->setChecked(RunPreferences::askBeforePrivateRuns());

    auto *look = new QGroupBox(tr("Language and look"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(note(tr("The window is rebuilt in the chosen language at once; open files "
                             "and unsaved edits are kept."),
                          look));
    lookForm->addRow(tr("&Theme:"), m_theme);
    lookForm->addRow(tr("&Font size:"), m_fontSize);

    auto *work = new QGroupBox(tr("Hosts and runs"), this);
    auto *workForm = new QFormLayout(work);
    workForm->addRow(tr("T&erminal:"), m_terminal);
    workForm->addRow(note(tr("Open Terminal (the Hosts and Live tabs) runs “hive ssh” in it; the "
                             "command is added at the end. Empty: the desktop's terminal (%1).")
                              .arg(DesktopPreferences::defaultTerminal()),
                          work));
    workForm->addRow(tr("&Health checks:"), m_healthInterval);
    workForm->addRow(m_askPrivate);
    workForm->addRow(note(tr("A run on any other stage always asks first, naming the hive, the "
                             "stage and the hosts."),
                          work));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(work);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save()
{
    saveLanguage(m_language->currentData().toString());
    DesktopPreferences::saveTheme(DesktopPreferences::Theme(m_theme->currentData().toInt()));
    DesktopPreferences::saveFontPointSize(
        m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value());
    DesktopPreferences::saveTerminal(m_terminal->text());
    DesktopPreferences::saveHealthIntervalMinutes(m_healthInterval->currentData().toInt());
    RunPreferences::saveAskBeforePrivateRuns(m_askPrivate->isChecked());
    AppAppearance::apply();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void PreferencesDialog::saveLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace hive::gui
