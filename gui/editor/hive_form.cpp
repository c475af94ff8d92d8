#include "gui/editor/hive_form.h"

#include "gui/editor/attribute_form.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/history_keys.h"
#include "gui/editor/host_plan_view.h"
#include "gui/editor/wheel_guard.h"
#include "inventory/hive_model.h"
#include "inventory/schema.h"
#include "project/stage_draft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
QStringList stagePath(const QString &stage)
{
    return {QStringLiteral("stages"), stage};
}
} // namespace

HiveForm::HiveForm(EditableFile *file, QWidget *parent)
    : QWidget(parent), m_file(file), m_name(new QLineEdit(this)), m_stages(new QTabWidget(this))
{
    HistoryKeys::route(this); // its own fields (the attribute forms route theirs)
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(QStringLiteral("pdns.example.jp"));
    m_name->setToolTip(tr("The hive's name: a domain name, used in host names and certificates"));
    top->addRow(tr("Hive &name:"), m_name);
    layout->addLayout(top);
    auto *addStage = new QPushButton(tr("Add &Stage…"), this);
    m_stages->setCornerWidget(addStage);
    m_stages->setObjectName(QStringLiteral("stageTabs"));
    layout->addWidget(m_stages, 1);
    connect(addStage, &QPushButton::clicked, this, &HiveForm::addStage);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_name->isModified() || m_name->text().trimmed().isEmpty())
            return;
        m_name->setModified(false);
        const QString name = m_name->text().trimmed();
        if (!m_file->edit(tr("Change the hive name"), [&](YamlTextEditor &ed) {
                return ed.setValue({QStringLiteral("name")}, Value::string(name));
            }))
            emit problem(m_file->lastError());
    });
    refresh();
}

QStringList HiveForm::stageNames() const
{
    QStringList out;
    const Value *stages = m_file->editor().find({QStringLiteral("stages")});
    if (stages && stages->isMap()) {
        for (const Value::Entry &e : stages->entries())
            out << e.key;
    }
    return out;
}

QString HiveForm::currentStage() const
{
    return m_stages->currentIndex() < 0 ? QString() : m_stages->tabText(m_stages->currentIndex());
}

void HiveForm::showStage(const QString &stage)
{
    for (int i = 0; i < m_stages->count(); ++i) {
        if (m_stages->tabText(i) == stage)
            m_stages->setCurrentIndex(i);
    }
}

void HiveForm::followSource(const QStringList &path)
{
    if (path.size() < 2 || path.first() != QLatin1String("stages"))
        return;
    showStage(path.at(1));
    for (auto it = m_forms.cbegin(); it != m_forms.cend(); ++it)
        it.value()->markField(it.key() == path.at(1) && path.size() > 2 ? path.at(2) : QString());
}

void HiveForm::refresh()
{
    const Value *name = m_file->editor().find({QStringLiteral("name")});
    if (!m_name->isModified())
        m_name->setText(name && name->isString() ? name->toString() : QString());
    QStringList shown;
    for (int i = 0; i < m_stages->count(); ++i)
        shown << m_stages->tabText(i);
    if (shown != stageNames()) {
        rebuildPages();
        return;
    }
    for (const QString &stage : shown) {
        const Value *p =
            m_file->editor().find(stagePath(stage) + QStringList{QStringLiteral("provider")});
        const QString provider = p && p->isString() ? p->toString() : QString();
        StagePage &page = m_pages[stage];
        if (provider != page.shownProvider) {
            buildStageForm(stage, provider);
            continue;
        }
        if (AttributeForm *form = m_forms.value(stage))
            form->refresh();
    }
}

void HiveForm::rebuildPages()
{
    const QString current = currentStage();
    while (m_stages->count() > 0) {
        QWidget *w = m_stages->widget(0);
        m_stages->removeTab(0);
        delete w;
    }
    m_pages.clear();
    m_forms.clear();
    for (const QString &stage : stageNames()) {
        auto *scroll = new QScrollArea(m_stages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *providerRow = new QFormLayout;
        StagePage sp;
        sp.provider = new QComboBox(page);
        WheelGuard::protect(sp.provider);
        sp.provider->setObjectName(QStringLiteral("stages.%1.provider").arg(stage));
        sp.provider->addItems(Schema::providers());
        providerRow->addRow(tr("&Provider:"), sp.provider);
        layout->addLayout(providerRow);
        layout->addWidget(new QLabel(tr("Planned hosts (computed as you type):"), page));
        sp.plan = new HostPlanView(page);
        sp.plan->setObjectName(QStringLiteral("hostPlan.%1").arg(stage));
        sp.plan->setMinimumHeight(150);
        sp.plan->setMaximumHeight(190);
        layout->addWidget(sp.plan);
        sp.formHost = new QWidget(page);
        new QVBoxLayout(sp.formHost);
        sp.formHost->layout()->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(sp.formHost);
        layout->addStretch();
        scroll->setWidget(page);
        m_stages->addTab(scroll, stage);
        m_pages.insert(stage, sp);
        connect(sp.provider, &QComboBox::activated, this, [this, stage](int) {
            const QString provider = m_pages.value(stage).provider->currentText();
            if (!m_file->edit(tr("Change the provider of %1").arg(stage), [&](YamlTextEditor &ed) {
                    return ed.setValue(stagePath(stage) + QStringList{QStringLiteral("provider")},
                                       Value::string(provider));
                }))
                emit problem(m_file->lastError());
        });
        const Value *p =
            m_file->editor().find(stagePath(stage) + QStringList{QStringLiteral("provider")});
        buildStageForm(stage, p && p->isString() ? p->toString() : QString());
    }
    showStage(current);
}

void HiveForm::buildStageForm(const QString &stage, const QString &provider)
{
    StagePage &page = m_pages[stage];
    page.shownProvider = provider;
    {
        const QSignalBlocker block(page.provider);
        page.provider->setCurrentIndex(page.provider->findText(provider));
    }
    delete m_forms.take(stage);
    QList<AttributeSpec> specs;
    for (const AttributeSpec &s : Schema::attributes(AttributeScope::Stage)) {
        if (s.name != QLatin1String("provider") && s.allowsProvider(provider))
            specs << s;
    }
    auto *form = new AttributeForm(m_file, stagePath(stage), specs, page.formHost);
    connect(form, &AttributeForm::problem, this, &HiveForm::problem);
    // "Not set" hosts are as many as the plan counts (4 with a separate
    // repository server, else 3): stepping up starts there, not at 1.
    HostPlanView *plan = page.plan;
    form->setDefaultValue(QStringLiteral("number_of_hosts"),
                          [plan] { return plan->rowCount() > 0 ? plan->rowCount() : 3; });
    form->refresh();
    page.formHost->layout()->addWidget(form);
    m_forms.insert(stage, form);
}

void HiveForm::showPlans(const HiveModel &model)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        it.value().plan->showStage(model.stage(it.key()));
    // Defaults the plan decides (the number of hosts) follow it.
    for (AttributeForm *form : std::as_const(m_forms))
        form->refresh();
}

void HiveForm::addStage()
{
    const QStringList defined = stageNames();
    QStringList free;
    for (const QString &s : Schema::stages()) {
        if (!defined.contains(s))
            free << s;
    }
    if (free.isEmpty()) {
        emit problem(tr("Every stage (private, staging, production) is defined already"));
        return;
    }
    bool ok = false;
    const QString stage =
        QInputDialog::getItem(this, tr("Add a stage"), tr("Stage:"), free, 0, false, &ok);
    if (!ok)
        return;
    // The wizard's defaults: docker on this machine for private, prepared servers otherwise.
    const QString provider =
        stage == QLatin1String("private") ? QStringLiteral("docker") : QStringLiteral("prepared");
    const Value def = StageDraft::defaults(stage, provider).toValue();
    if (!m_file->edit(tr("Add stage %1").arg(stage),
                      [&](YamlTextEditor &ed) { return ed.setValue(stagePath(stage), def); })) {
        emit problem(m_file->lastError());
        return;
    }
    showStage(stage); // the edit has refreshed the pages (through the file editor)
}

} // namespace hive::gui
