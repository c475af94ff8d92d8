#include "gui/topology/topology_page.h"

#include "gui/topology/topology_scene.h"
#include "gui/topology/topology_view.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace hive::gui {

TopologyPage::TopologyPage(QWidget *parent)
    : QWidget(parent), m_view(new TopologyView(this)), m_zoom(new QLabel(this))
{
    setObjectName(QStringLiteral("topologyPage"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    const auto scoped = [this](QAction *a, const QKeySequence &key) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    };
    m_fit = bar->addAction(tr("Fit"), m_view, &TopologyView::fitAll);
    scoped(m_fit, QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomIn = bar->addAction(tr("Zoom In"), this, [this] { m_view->zoomBy(1.25); });
    scoped(m_zoomIn, QKeySequence::ZoomIn);
    m_zoomOut = bar->addAction(tr("Zoom Out"), this, [this] { m_view->zoomBy(0.8); });
    scoped(m_zoomOut, QKeySequence::ZoomOut);
    bar->addSeparator();
    m_exportPng =
        bar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export PNG…"), this,
                       [this] { exportDiagram(QStringLiteral("png")); });
    m_exportSvg =
        bar->addAction(tr("Export SVG…"), this, [this] { exportDiagram(QStringLiteral("svg")); });
    bar->addSeparator();
    bar->addWidget(m_zoom);
    for (QAction *a : pageActions())
        a->setToolTip(a->shortcut().isEmpty()
                          ? a->text()
                          : QStringLiteral("%1 (%2)").arg(
                                a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    connect(m_view, &TopologyView::zoomChanged, this,
            [this](qreal z) { m_zoom->setText(tr("%1 %").arg(qRound(z * 100))); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

QList<QAction *> TopologyPage::pageActions() const
{
    return {m_fit, m_zoomIn, m_zoomOut, m_exportPng, m_exportSvg};
}

void TopologyPage::showTopology(const PlannedTopology &topology)
{
    m_topology = topology;
    m_stale = true;
    if (isVisible())
        draw();
}

void TopologyPage::draw()
{
    m_view->topologyScene()->showTopology(m_topology, palette());
    m_stale = false;
}

void TopologyPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        draw();
    QWidget::showEvent(event);
}

void TopologyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_stale = true;
        if (isVisible())
            draw();
    }
}

void TopologyPage::exportDiagram(const QString &format)
{
    if (m_stale)
        draw();
    QSettings settings;
    const QString key = QStringLiteral("topologyExportDir");
    const QString dir = settings.value(key, QDir::homePath()).toString();
    const QString suggested =
        QStringLiteral("%1/%2-%3.%4")
            .arg(dir, m_topology.hiveName.isEmpty() ? QStringLiteral("hive") : m_topology.hiveName,
                 m_topology.stage, format);
    const QString filter =
        format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString file = QFileDialog::getSaveFileName(this, tr("Export Topology"), suggested, filter);
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        file += QLatin1Char('.') + format;
    settings.setValue(key, QFileInfo(file).absolutePath());
    QString error;
    const bool ok = format == QLatin1String("svg") ? m_view->exportSvg(file, error)
                                                   : m_view->exportPng(file, error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Topology"), error);
}

} // namespace hive::gui
