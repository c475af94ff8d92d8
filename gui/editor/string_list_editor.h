#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace hive::gui {

// A list of strings (IP addresses, roles, constraints...) edited in place:
// F2 or double-click edits an item, Insert adds one, Delete removes one.
class StringListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StringListEditor(QWidget *parent = nullptr);
    void setItems(const QStringList &items);
    QStringList items() const;
    void setPlaceholder(const QString &text);

signals:
    void edited(const QStringList &items);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_list;
    QString m_placeholder;
    bool m_updating = false;

    void add();
    void removeCurrent();
};

} // namespace hive::gui
