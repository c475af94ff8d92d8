#include "gui/shell/problems_view.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>

namespace hive::gui {

namespace {
enum Column
{
    MessageColumn,
    FileColumn,
    LineColumn,
    ColumnCount
};
constexpr int kFileRole = Qt::UserRole + 1;
} // namespace

ProblemsView::ProblemsView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("problems"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    retranslate();
}

void ProblemsView::retranslate()
{
    setHeaderLabels({tr("Problem"), tr("File"), tr("Line")});
}

void ProblemsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void ProblemsView::showDiagnostics(const DiagnosticList &diagnostics, const QString &rootDir)
{
    clear();
    const QDir root(rootDir);
    for (const Diagnostic &d : diagnostics.sorted()) {
        auto *item = new QTreeWidgetItem(this);
        QStringList context;
        if (!d.stage.isEmpty())
            context << tr("stage %1").arg(d.stage);
        if (!d.service.isEmpty())
            context << tr("service %1").arg(d.service);
        if (!d.key.isEmpty())
            context << tr("key %1").arg(d.key);
        const QString prefix =
            context.isEmpty()
                ? QString()
                : QLatin1Char('[') + context.join(QStringLiteral(", ")) + QStringLiteral("] ");
        item->setText(MessageColumn, prefix + d.message);
        item->setToolTip(MessageColumn, d.format(rootDir));
        const QStyle::StandardPixmap icon =
            d.severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation;
        item->setIcon(MessageColumn, style()->standardIcon(icon));
        item->setText(FileColumn,
                      d.mark.file.isEmpty() ? QString() : root.relativeFilePath(d.mark.file));
        item->setData(FileColumn, kFileRole, d.mark.file);
        if (d.mark.isKnown())
            item->setText(LineColumn, QString::number(d.mark.line));
        item->setData(LineColumn, kFileRole, d.mark.column);
    }
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

void ProblemsView::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString file = item->data(FileColumn, kFileRole).toString();
    if (!file.isEmpty())
        emit openLocation(file, item->text(LineColumn).toInt(),
                          item->data(LineColumn, kFileRole).toInt());
}

} // namespace hive::gui
