#pragma once

#include "diagnostics/diagnostic_list.h"

#include <QTreeWidget>

namespace hive::gui {

// The Problems dock: every diagnostic of the core for the open project,
// sorted as a user reads them. Enter or double-click opens the file at the
// line.
class ProblemsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);
    void showDiagnostics(const DiagnosticList &diagnostics, const QString &rootDir);

signals:
    void openLocation(const QString &file, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(QTreeWidgetItem *item);
};

} // namespace hive::gui
