#include "gui/shell/service_actions.h"

#include "gui/editor/add_service_dialog.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/file_editor.h"
#include "gui/editor/service_form.h"
#include "gui/shell/project_document.h"
#include "inventory/inventory_loader.h"
#include "inventory/service_templates.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QRegularExpression>
#include <QSaveFile>

namespace hive::gui {

ServiceActions::ServiceActions(QWidget *window, ProjectDocument *document, Opener opener)
    : QObject(window), m_window(window), m_document(document), m_opener(std::move(opener)),
      m_add(new QAction(tr("Add Ser&vice…"), this)),
      m_newFile(new QAction(tr("New Services &File…"), this))
{
    m_add->setObjectName(QStringLiteral("addServiceAction"));
    m_add->setIconText(tr("Add Service")); // on the tool bar, without a mnemonic
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_add->setStatusTip(tr("Add a service from a template: web server, database, worker"));
    m_newFile->setObjectName(QStringLiteral("newServicesFileAction"));
    m_newFile->setStatusTip(tr("Start another services file in the project's inventory"));
    connect(m_add, &QAction::triggered, this, [this] { addService(); });
    connect(m_newFile, &QAction::triggered, this, &ServiceActions::newServicesFile);
    setOpen(false);
}

void ServiceActions::setOpen(bool open)
{
    m_add->setEnabled(open);
    m_newFile->setEnabled(open);
}

QString ServiceActions::shown(const QString &path) const
{
    return QDir(m_document->rootDir()).relativeFilePath(path);
}

bool ServiceActions::create(const QString &path)
{
    QSaveFile file(path);
    const QByteArray text = ServiceTemplates::emptyFile();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        emit message(tr("Cannot create %1: %2").arg(shown(path), file.errorString()));
        return false;
    }
    emit message(tr("Created %1").arg(shown(path)));
    return true;
}

void ServiceActions::addService(const QString &file)
{
    if (!m_document->isOpen())
        return;
    const LoadedInventory &loaded = m_document->inventory();
    const QStringList files = loaded.servicesFiles;
    // Without a services file the service goes into a new
    // inventory/services.yml: said before the dialog when that cannot be.
    const QString fresh =
        QDir(m_document->rootDir()).filePath(QStringLiteral("inventory/services.yml"));
    if (files.isEmpty() && QFileInfo::exists(fresh)) {
        bool unreadable = false;
        for (const Diagnostic &d : loaded.diagnostics.all())
            unreadable = unreadable || (d.isError() && d.mark.file == fresh);
        emit message(unreadable ? tr("%1 cannot be read (Problems says why): fix it first, or "
                                     "start a new services file")
                                      .arg(shown(fresh))
                                : tr("%1 exists but does not define services (it has no "
                                     "`plugin: hive_services`); add the service to it by hand "
                                     "or start a new services file")
                                      .arg(shown(fresh)));
        return;
    }
    QStringList names, volumes;
    QList<qint64> ports;
    for (const ServicePlan &s : loaded.services.services) {
        names << s.name;
        for (const PortPlan &p : s.ports)
            ports << p.publishedPort;
        for (const VolumePlan &v : s.volumes)
            volumes << v.source;
    }
    QStringList choices;
    for (const QString &f : files)
        choices << shown(f);
    AddServiceDialog dialog(choices, int(std::max<qsizetype>(0, files.indexOf(file))), names, ports,
                            volumes, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path;
    if (files.isEmpty()) {
        path = fresh;
        if (!create(path))
            return;
    } else {
        path = files.value(dialog.fileIndex(), files.first());
    }
    FileEditor *editor = m_opener(path);
    if (!editor)
        return;
    if (!editor->serviceForm()) {
        emit message(tr("%1 is not a services file").arg(shown(path)));
        return;
    }
    const QString name = dialog.name();
    const Value service = dialog.service();
    if (!editor->file()->edit(tr("Add service %1").arg(name), [&](YamlTextEditor &ed) {
            return ed.setValue({QStringLiteral("services"), name}, service);
        })) {
        emit message(editor->file()->lastError());
        return;
    }
    editor->serviceForm()->showService(name);
    emit message(tr("Added service %1 to %2: save the file to keep it").arg(name, shown(path)));
}

void ServiceActions::newServicesFile()
{
    if (!m_document->isOpen())
        return;
    const QDir inventory(QDir(m_document->rootDir()).filePath(QStringLiteral("inventory")));
    QString suggestion = QStringLiteral("services");
    for (int i = 2; inventory.exists(suggestion + QStringLiteral(".yml")); ++i)
        suggestion = QStringLiteral("services-%1").arg(i);
    bool ok = false;
    QString name = QInputDialog::getText(m_window, tr("New Services File"),
                                         tr("File name in inventory/ (.yml is added):"),
                                         QLineEdit::Normal, suggestion, &ok)
                       .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name.endsWith(QLatin1String(".yml")))
        name.chop(4);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!valid.match(name).hasMatch()) {
        emit message(
            tr("%1 cannot name a services file: use letters, digits, ., _ and -").arg(name));
        return;
    }
    const QString path = inventory.filePath(name + QStringLiteral(".yml"));
    if (QFileInfo::exists(path)) {
        emit message(tr("%1 exists already").arg(shown(path)));
        return;
    }
    if (create(path))
        m_opener(path);
}

void ServiceActions::carryPublishedPorts(const QString &from, const QString &to)
{
    // The inventory as loaded before the rename (its reload waits for the
    // typing pause): the ports the service had.
    const ServicePlan *service = m_document->inventory().services.service(from);
    if (!service)
        return;
    QList<int> ports;
    for (const PortPlan &p : service->ports)
        ports << int(p.targetPort);
    if (ports.isEmpty())
        return;
    const Expected<QStringList> carried = m_document->carryPublishedPorts(from, to, ports);
    if (!carried)
        emit message(tr("The published ports of %1 could not be kept for %2: %3")
                         .arg(from, to, carried.error()));
    else if (!carried->isEmpty())
        emit message(tr("%1 keeps the published ports %2 had (%3)")
                         .arg(to, from, carried->join(QStringLiteral("; "))));
}

} // namespace hive::gui
