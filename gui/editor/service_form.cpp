#include "gui/editor/service_form.h"

#include "gui/editor/attribute_form.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/history_keys.h"
#include "gui/editor/template_renderer.h"
#include "inventory/schema.h"
#include "inventory/service_references.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
QStringList servicePath(const QString &name)
{
    return {QStringLiteral("services"), name};
}

bool validServiceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"));
    return re.match(name).hasMatch();
}
} // namespace

ServiceForm::ServiceForm(EditableFile *file, QWidget *parent)
    : QWidget(parent), m_file(file), m_services(new QComboBox(this)),
      m_scroll(new QScrollArea(this))
{
    HistoryKeys::route(this); // its own fields (the attribute forms route theirs)
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Se&rvice:"), this);
    label->setBuddy(m_services);
    m_services->setObjectName(QStringLiteral("serviceSelector"));
    m_services->setMinimumContentsLength(16);
    bar->addWidget(label);
    bar->addWidget(m_services, 1);
    const auto button = [&](const QString &text, const QString &tip, void (ServiceForm::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("&Add…"), tr("Add a service from a template"), &ServiceForm::addRequested);
    button(tr("D&uplicate…"), tr("Copy this service under a new name"),
           &ServiceForm::duplicateService);
    button(tr("Re&name…"), tr("Rename this service (shows where the name is used)"),
           &ServiceForm::renameService);
    button(tr("De&lete…"), tr("Delete this service (shows where the name is used)"),
           &ServiceForm::deleteService);
    layout->addLayout(bar);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    connect(m_services, &QComboBox::activated, this,
            [this](int index) { showService(m_services->itemText(index)); });
    refresh();
}

QStringList ServiceForm::serviceNames() const
{
    QStringList names;
    const Value *services = m_file->editor().find({QStringLiteral("services")});
    if (services && services->isMap()) {
        for (const Value::Entry &e : services->entries())
            names << e.key;
    }
    return names;
}

void ServiceForm::refresh()
{
    const QStringList names = serviceNames();
    {
        const QSignalBlocker block(m_services);
        m_services->clear();
        m_services->addItems(names);
    }
    QString name = m_shown;
    if (!names.contains(name))
        name = names.isEmpty() ? QString() : names.first();
    m_services->setCurrentText(name);
    if (name != m_shown || !m_body) {
        build(name);
        return;
    }
    for (AttributeForm *form : m_forms)
        form->refresh();
    updateImage();
}

void ServiceForm::showService(const QString &name)
{
    if (name == m_shown && m_body)
        return;
    m_services->setCurrentText(name);
    build(name);
}

void ServiceForm::followSource(const QStringList &path)
{
    if (path.size() < 2 || path.first() != QLatin1String("services"))
        return;
    showService(path.at(1));
    // The form whose mapping is the deepest one holding the cursor marks its key.
    AttributeForm *deepest = nullptr;
    for (AttributeForm *form : std::as_const(m_forms)) {
        if (path.size() > form->base().size() && path.mid(0, form->base().size()) == form->base() &&
            (!deepest || form->base().size() > deepest->base().size()))
            deepest = form;
    }
    for (AttributeForm *form : std::as_const(m_forms))
        form->markField(form == deepest ? path.at(form->base().size()) : QString());
}

void ServiceForm::setTemplateRenderer(TemplateRenderer *renderer)
{
    m_renderer = renderer;
    connect(renderer, &TemplateRenderer::rendered, this,
            [this](const TemplateRenderer::Result &result) {
                if (!m_templatesBox || result.host != m_shown)
                    return;
                m_templates->clear();
                m_templatesBox->setVisible(!result.rows.isEmpty() || !result.error.isEmpty());
                m_templates->setVisible(!result.rows.isEmpty());
                m_templatesState->setVisible(!result.error.isEmpty());
                m_templatesState->setText(
                    tr("Ansible cannot render them now: %1").arg(result.error));
                for (const InventoryTemplates::RenderedTemplate &r : result.rows) {
                    auto *item = new QTreeWidgetItem(
                        m_templates,
                        {r.key, r.leftOut ? tr("(left out: the template gives omit)") : r.text});
                    item->setToolTip(1, r.text);
                }
                // As tall as its rows (up to ten), not the tree's default.
                const int row = m_templates->sizeHintForRow(0) > 0
                                    ? m_templates->sizeHintForRow(0)
                                    : m_templates->fontMetrics().height() + 6;
                m_templates->setFixedHeight(m_templates->header()->sizeHint().height() +
                                            int(qMin<qsizetype>(10, result.rows.size())) * row +
                                            2 * m_templates->frameWidth() + 4);
            });
    askForTemplates();
}

void ServiceForm::askForTemplates()
{
    if (m_renderer && m_templatesBox && !m_shown.isEmpty())
        m_renderer->request(m_shown);
}

void ServiceForm::build(const QString &name)
{
    m_shown = name;
    m_forms.clear();
    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    m_scroll->setWidget(m_body); // deletes the previous body
    if (name.isEmpty()) {
        body->addWidget(new QLabel(tr("This file has no services yet: use Add…"), m_body));
        body->addStretch();
        return;
    }
    const QStringList base = servicePath(name);
    const auto section = [&](const QString &title, const QStringList &attributes) {
        QList<AttributeSpec> specs;
        for (const QString &a : attributes) {
            if (const AttributeSpec *s = Schema::find(AttributeScope::Service, a))
                specs << *s;
        }
        auto *box = new QGroupBox(title, m_body);
        auto *boxLayout = new QVBoxLayout(box);
        auto *form = new AttributeForm(m_file, base, specs, box);
        connect(form, &AttributeForm::problem, this, &ServiceForm::problem);
        boxLayout->addWidget(form);
        body->addWidget(box);
        m_forms << form;
        return box;
    };
    section(tr("General"),
            {QStringLiteral("mode"), QStringLiteral("replicas"), QStringLiteral("endpoint_mode"),
             QStringLiteral("available_on"), QStringLiteral("standalone"), QStringLiteral("user"),
             QStringLiteral("working_dir"), QStringLiteral("dns")});

    // Image: a tag to pull, or an image built from `from` with roles.
    auto *image = new QGroupBox(tr("Image"), m_body);
    auto *imageLayout = new QVBoxLayout(image);
    auto *modes = new QHBoxLayout;
    m_tagMode = new QRadioButton(tr("&Tag (pull an existing image)"), image);
    m_buildMode = new QRadioButton(tr("&Build (from an image, with roles)"), image);
    auto *group = new QButtonGroup(image);
    group->addButton(m_tagMode);
    group->addButton(m_buildMode);
    modes->addWidget(m_tagMode);
    modes->addWidget(m_buildMode);
    modes->addStretch();
    imageLayout->addLayout(modes);
    m_tag = new QLineEdit(image);
    m_tag->setObjectName(QStringLiteral("services.%1.image").arg(name));
    m_tag->setPlaceholderText(QStringLiteral("nginx:1.25"));
    m_tag->setAccessibleName(tr("Image tag"));
    imageLayout->addWidget(m_tag);
    auto *buildForm = new AttributeForm(m_file, base + QStringList{QStringLiteral("image")},
                                        Schema::attributes(AttributeScope::Image), image);
    connect(buildForm, &AttributeForm::problem, this, &ServiceForm::problem);
    m_forms << buildForm;
    m_buildBox = buildForm;
    imageLayout->addWidget(buildForm);
    body->addWidget(image);
    connect(m_tag, &QLineEdit::editingFinished, this, [this, base] {
        if (!m_tag->isModified() || m_tag->text().trimmed().isEmpty())
            return;
        m_tag->setModified(false);
        const QStringList path = base + QStringList{QStringLiteral("image")};
        if (!m_file->edit(tr("Change image"), [&](YamlTextEditor &ed) {
                return ed.setValue(path, Value::string(m_tag->text().trimmed()));
            }))
            emit problem(m_file->lastError());
    });
    connect(m_tagMode, &QRadioButton::clicked, this, [this, base] {
        const Value *img = m_file->editor().find(base + QStringList{QStringLiteral("image")});
        if (img && img->isString())
            return;
        const Value *from = img && img->isMap() ? img->find(QStringLiteral("from")) : nullptr;
        const Value tag = Value::string(
            from && from->isString() ? from->toString() : QStringLiteral("busybox:latest"));
        m_file->edit(tr("Use an image tag"), [&](YamlTextEditor &ed) {
            return ed.setValue(base + QStringList{QStringLiteral("image")}, tag);
        });
    });
    connect(m_buildMode, &QRadioButton::clicked, this, [this, base] {
        const Value *img = m_file->editor().find(base + QStringList{QStringLiteral("image")});
        if (img && img->isMap())
            return;
        Value build = Value::map();
        build.insert(QStringLiteral("from"),
                     Value::string(img && img->isString() ? img->toString()
                                                          : QStringLiteral("debian:bookworm")));
        build.insert(QStringLiteral("roles"),
                     Value::list({Value::string(QStringLiteral("python-aptk"))}));
        m_file->edit(tr("Build the image"), [&](YamlTextEditor &ed) {
            return ed.setValue(base + QStringList{QStringLiteral("image")}, build);
        });
    });

    section(tr("Ports"), {QStringLiteral("ports")});
    section(tr("Volumes"), {QStringLiteral("volumes")});
    section(tr("Environment"), {QStringLiteral("environment")});
    // The templates as a deploy renders them (filled by the renderer).
    m_templatesBox = new QGroupBox(tr("Templates, as Ansible renders them"), m_body);
    m_templatesBox->setObjectName(QStringLiteral("renderedTemplates"));
    auto *templatesLayout = new QVBoxLayout(m_templatesBox);
    m_templatesState = new QLabel(m_templatesBox);
    m_templatesState->setWordWrap(true);
    m_templatesState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templates = new QTreeWidget(m_templatesBox);
    m_templates->setObjectName(QStringLiteral("renderedTemplateValues"));
    m_templates->setHeaderLabels({tr("Key"), tr("Value in a deploy")});
    m_templates->setRootIsDecorated(false);
    m_templates->setAlternatingRowColors(true);
    m_templates->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_templates->setToolTip(tr("Each value written with {{ … }} as deploy-services gives it to the "
                               "service; passwords and other secrets show as ********."));
    templatesLayout->addWidget(m_templatesState);
    templatesLayout->addWidget(m_templates);
    m_templatesBox->hide();
    body->addWidget(m_templatesBox);
    section(tr("Labels"), {QStringLiteral("labels")});
    section(tr("Placement"), {QStringLiteral("placement"), QStringLiteral("hosts")});
    section(tr("Command"), {QStringLiteral("command"), QStringLiteral("entrypoint")});
    section(tr("Resources and restart"),
            {QStringLiteral("cpu_limit"), QStringLiteral("mem_limit"),
             QStringLiteral("restart_config"), QStringLiteral("stop_grace_period"),
             QStringLiteral("healthcheck"), QStringLiteral("logging"), QStringLiteral("cap_add"),
             QStringLiteral("cap_drop"), QStringLiteral("sysctls"), QStringLiteral("networks")});
    section(tr("Initialize"), {QStringLiteral("initialize_roles")});
    section(tr("Backup scripts"), {QStringLiteral("backup_scripts")});
    section(tr("Log monitoring"),
            {QStringLiteral("monitor_error"), QStringLiteral("ignore_error")});
    body->addStretch();
    updateImage();
    askForTemplates();
}

void ServiceForm::updateImage()
{
    if (!m_tag)
        return;
    const Value *img =
        m_file->editor().find(servicePath(m_shown) + QStringList{QStringLiteral("image")});
    const bool build = img && img->isMap();
    m_buildMode->setChecked(build);
    m_tagMode->setChecked(!build);
    m_tag->setVisible(!build);
    m_buildBox->setVisible(build);
    if (!build && !m_tag->isModified())
        m_tag->setText(img && img->isString() ? img->toString() : QString());
}

bool ServiceForm::confirmReferences(const QList<ServiceReferences::Reference> &refs,
                                    const QString &name, const QString &action, bool offerUpdate,
                                    bool *update)
{
    if (update)
        *update = false;
    if (refs.isEmpty())
        return true;
    QStringList lines;
    for (const ServiceReferences::Reference &r : refs)
        lines << tr("line %1: %2 = %3")
                     .arg(r.mark.line)
                     .arg(YamlTextEditor::pathText(r.path), r.text);
    QMessageBox box(
        QMessageBox::Warning, action,
        tr("%n other place(s) in this file use the name %1:", nullptr, int(refs.size())).arg(name),
        QMessageBox::Cancel, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *proceed = box.addButton(action, QMessageBox::AcceptRole);
    QPushButton *withRefs =
        offerUpdate ? box.addButton(tr("%1 and update them").arg(action), QMessageBox::AcceptRole)
                    : nullptr;
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (withRefs && box.clickedButton() == withRefs) {
        *update = true;
        return true;
    }
    return box.clickedButton() == proceed;
}

QString ServiceForm::askFreeName(const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok).trimmed();
    if (!ok || name.isEmpty() || name == initial)
        return {};
    if (!validServiceName(name) || serviceNames().contains(name)) {
        emit problem(tr("%1 is not a free service name (letters, digits, - and _)").arg(name));
        return {};
    }
    return name;
}

void ServiceForm::duplicateService()
{
    if (m_shown.isEmpty())
        return;
    const QString name = askFreeName(tr("Duplicate %1").arg(m_shown), tr("Name of the copy:"),
                                     m_shown + QStringLiteral("-copy"));
    if (name.isEmpty())
        return;
    const Value copy = *m_file->editor().find(servicePath(m_shown));
    if (!m_file->edit(tr("Duplicate %1 as %2").arg(m_shown, name),
                      [&](YamlTextEditor &ed) { return ed.setValue(servicePath(name), copy); })) {
        emit problem(m_file->lastError());
        return;
    }
    showService(name);
}

void ServiceForm::renameService()
{
    if (m_shown.isEmpty())
        return;
    const QString name = askFreeName(tr("Rename %1").arg(m_shown), tr("New name:"), m_shown);
    if (name.isEmpty())
        return;
    const QString old = m_shown;
    const QList<ServiceReferences::Reference> refs =
        ServiceReferences::find(m_file->editor().root(), old);
    bool update = false;
    if (!confirmReferences(refs, old, tr("Rename"), true, &update))
        return;
    const QList<ServiceReferences::Reference> toUpdate =
        update ? refs : QList<ServiceReferences::Reference>();
    // The edit refreshes the form (through the file editor): show the new name then.
    m_shown = name;
    const bool done = m_file->edit(tr("Rename %1 to %2").arg(old, name), [&](YamlTextEditor &ed) {
        for (const ServiceReferences::Reference &r : toUpdate) {
            if (!ed.setValue(r.path,
                             Value::string(ServiceReferences::replaceName(r.text, old, name))))
                return false;
        }
        return ed.renameKey(servicePath(old), name);
    });
    if (!done) {
        m_shown = old;
        emit problem(m_file->lastError());
        return;
    }
    emit renamed(old, name);
}

void ServiceForm::deleteService()
{
    if (m_shown.isEmpty())
        return;
    if (!confirmReferences(ServiceReferences::find(m_file->editor().root(), m_shown), m_shown,
                           tr("Delete"), false, nullptr))
        return;
    if (QMessageBox::question(
            this, tr("Delete %1").arg(m_shown),
            tr("Delete the service %1 from this file? (Undo brings it back.)").arg(m_shown)) !=
        QMessageBox::Yes)
        return;
    const QString old = m_shown;
    if (!m_file->edit(tr("Delete %1").arg(old),
                      [&](YamlTextEditor &ed) { return ed.remove(servicePath(old)); }))
        emit problem(m_file->lastError());
    // Otherwise the edit has refreshed the form (through the file editor).
}

} // namespace hive::gui
