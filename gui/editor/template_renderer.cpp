#include "gui/editor/template_renderer.h"

namespace hive::gui {

TemplateRenderer::TemplateRenderer(std::function<Source()> source, QObject *parent)
    : QObject(parent), m_source(std::move(source)),
      m_job(this, [this](const Result &result, bool cancelled) {
          if (!cancelled && result.host == m_host)
              emit rendered(result);
          if (m_again) {
              m_again = false;
              start();
          }
      })
{}

void TemplateRenderer::refresh()
{
    if (!m_host.isEmpty())
        request(m_host);
}

void TemplateRenderer::request(const QString &host)
{
    m_host = host;
    if (m_job.isRunning()) {
        m_again = true; // the newest ask wins once this one is done
        return;
    }
    start();
}

void TemplateRenderer::start()
{
    if (!m_source)
        return;
    Source source = m_source();
    const LoadedInventory &loaded = source.loaded;
    const QString host = m_host;
    if (!loaded.inventory.hasHost(host) ||
        !InventoryTemplates::hasTemplates(loaded.inventory.writtenHostVars(host))) {
        emit rendered(Result{host, {}, {}});
        return;
    }
    InventoryTemplates::Context context = source.context;
    context.preview = true; // no command run, no password file made while editing
    m_job.start([loaded = std::move(source.loaded), host,
                 context](const std::atomic_bool *cancel) mutable {
        Result out;
        out.host = host;
        context.cancel = cancel;
        const Value written = loaded.inventory.writtenHostVars(host);
        QList<InventoryTemplates::Problem> problems;
        if (!InventoryTemplates::render(loaded.inventory, {host}, context, problems, out.error)) {
            QStringList lines;
            for (const InventoryTemplates::Problem &p : std::as_const(problems))
                lines << p.format(context.rootDir);
            if (!lines.isEmpty())
                out.error = lines.join(QLatin1Char('\n'));
            return out;
        }
        out.rows = InventoryTemplates::renderedTemplates(
            written, InventoryTemplates::masked(loaded.inventory.flattenedHostVars(host), written));
        return out;
    });
}

} // namespace hive::gui
