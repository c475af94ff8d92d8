#pragma once

#include <QToolButton>

namespace hive::gui {

class HealthPage;

// The status bar's summary of the Health tab: not checked, checking, ok,
// or how many findings are warnings and critical, with the worst one's
// icon. Clicking it (or Space/Enter on it) opens the Health tab.
class HealthBadge : public QToolButton
{
    Q_OBJECT
public:
    explicit HealthBadge(HealthPage *page, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    HealthPage *m_page;

    void refresh();
};

} // namespace hive::gui
