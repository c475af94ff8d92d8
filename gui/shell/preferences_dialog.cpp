#include "gui/shell/preferences_dialog.h"

#include "gui/run/run_preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace hive::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)),
      m_askPrivate(new QCheckBox(tr("&Ask before a run changes the private stage"), this))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    auto *note = new QLabel(tr("The window is rebuilt in the chosen language at once; open files "
                               "and unsaved edits are kept."),
                            this);
    note->setWordWrap(true);
    m_askPrivate->setObjectName(QStringLiteral("askBeforePrivateRuns"));
    m_askPrivate->setChecked(RunPreferences::askBeforePrivateRuns());
    auto *askNote = new QLabel(tr("A run on any other stage always asks first, naming the hive, "
                                  "the stage and the hosts."),
                               this);
    askNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(m_askPrivate);
    form->addRow(askNote);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        saveLanguage(m_language->currentData().toString());
        RunPreferences::saveAskBeforePrivateRuns(m_askPrivate->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
