#pragma once

#include "gui/run/background_job.h"
#include "inventory/inventory_loader.h"
#include "recipes/inventory_templates.h"

#include <QObject>
#include <functional>

namespace hive::gui {

// The editor's view of a service's Jinja2 templates: renders the host's
// variables with Ansible (InventoryTemplates, on a worker thread, with the
// unsaved text the project's document holds) and hands back each templated
// value as a phase would see it, secrets masked. refresh() (the document
// reloaded after typing stops) asks again for the host last asked.
class TemplateRenderer : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString host;
        QList<InventoryTemplates::RenderedTemplate> rows;
        QString error; // Ansible's words, or why it could not run
    };

    // What to render from: the inventory as loaded now (unsaved text
    // included) and where the project keeps its files.
    struct Source
    {
        LoadedInventory loaded;
        InventoryTemplates::Context context;
    };
    explicit TemplateRenderer(std::function<Source()> source, QObject *parent = nullptr);
    // Renders `host` (a service's name); rendered() follows. A host without
    // templates answers at once with no rows.
    void request(const QString &host);
    QString host() const { return m_host; }
    void refresh();

signals:
    void rendered(const hive::gui::TemplateRenderer::Result &result);

private:
    std::function<Source()> m_source;
    QString m_host;
    bool m_again = false;
    BackgroundJob<Result> m_job;

    void start();
};

} // namespace hive::gui
