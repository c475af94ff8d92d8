#include "gui/editor/add_service_dialog.h"

#include "data/yaml_writer.h"
#include "gui/run/desktop_preferences.h"
#include "inventory/service_templates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

AddServiceDialog::AddServiceDialog(const QStringList &files, int chosenFile,
                                   const QStringList &taken, const QList<qint64> &usedPorts,
                                   const QStringList &usedVolumes, QWidget *parent)
    : QDialog(parent), m_taken(taken), m_usedPorts(usedPorts), m_usedVolumes(usedVolumes),
      m_templates(new QListWidget(this)), m_name(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_files(new QComboBox(this)), m_preview(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addServiceDialog"));
    setWindowTitle(tr("Add Service"));
    resize(640, 520);
    m_templates->setObjectName(QStringLiteral("serviceTemplates"));
    m_templates->setWordWrap(true);
    m_templates->setSpacing(3);
    for (const ServiceTemplates::Template &t : ServiceTemplates::all()) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(t.title, t.description), m_templates);
        item->setData(kIdRole, t.id);
        item->setToolTip(t.description);
    }
    m_name->setObjectName(QStringLiteral("serviceName"));
    m_problem->setObjectName(QStringLiteral("serviceNameProblem"));
    m_problem->setWordWrap(true);
    m_files->setObjectName(QStringLiteral("servicesFile"));
    m_files->addItems(files);
    m_files->setCurrentIndex(qBound(0, chosenFile, int(files.size()) - 1));
    m_preview->setObjectName(QStringLiteral("servicePreview"));
    m_preview->setReadOnly(true);
    DesktopPreferences::useFixedFont(m_preview);
    m_preview->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Service"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *startLabel = new QLabel(tr("&Start from:"), this);
    startLabel->setBuddy(m_templates);
    form->addRow(startLabel, m_templates);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_problem);
    if (files.size() > 1) {
        auto *fileLabel = new QLabel(tr("&File:"), this);
        fileLabel->setBuddy(m_files);
        form->addRow(fileLabel, m_files);
    } else {
        m_files->hide();
    }
    auto *previewLabel = new QLabel(tr("&What will be added:"), this);
    previewLabel->setBuddy(m_preview);
    form->addRow(previewLabel, m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    if (files.isEmpty()) {
        auto *note = new QLabel(
            tr("The project has no services file yet: inventory/services.yml is created for it."),
            this);
        note->setObjectName(QStringLiteral("newServicesFileNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_buttons);

    connect(m_templates, &QListWidget::currentRowChanged, this, &AddServiceDialog::templateChosen);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        update();
    });
    m_templates->setCurrentRow(0);
    m_name->setFocus();
    m_name->selectAll();
}

QString AddServiceDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddServiceDialog::templateId() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

int AddServiceDialog::fileIndex() const
{
    return m_files->currentIndex();
}

Value AddServiceDialog::service() const
{
    return ServiceTemplates::make(templateId(), name(), m_usedPorts, m_usedVolumes);
}

QString AddServiceDialog::problem() const
{
    const QString n = name();
    if (n.isEmpty())
        return tr("Give the service a name.");
    if (!ServiceTemplates::isValidName(n))
        return tr("%1 cannot name a service: use %2.").arg(n, ServiceTemplates::nameGrammar());
    if (m_taken.contains(n))
        return tr("%1 is already a service of this project.").arg(n);
    return {};
}

void AddServiceDialog::templateChosen()
{
    if (!m_nameEdited) {
        for (const ServiceTemplates::Template &t : ServiceTemplates::all()) {
            if (t.id == templateId())
                m_name->setText(freeName(t.suggestedName));
        }
    }
    update();
}

void AddServiceDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty() && name().isEmpty()) {
        m_preview->clear();
        return;
    }
    Value entry = Value::map();
    entry.insert(name().isEmpty() ? QStringLiteral("?") : name(), service());
    m_preview->setPlainText(QString::fromUtf8(YamlWriter::writeInOrder(entry, 0)));
}

QString AddServiceDialog::freeName(const QString &base) const
{
    QString candidate = base;
    for (int i = 2; m_taken.contains(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(base).arg(i);
    return candidate;
}

} // namespace hive::gui
