#pragma once

#include "gui/run/background_job.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hive::gui {

// A service's log, followed live from the repository server (each line
// names the node it came from): the last lines, then every new one; filter
// by node, by time (the last minutes or hours) and by text, pause following,
// copy. Closing stops the reading.
class ServiceLogDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceLogDialog(const Project &project, const LoadedInventory &loaded, const QString &stage,
                     const QString &service, QWidget *parent = nullptr);
    ~ServiceLogDialog() override;

    QString text() const;
    int lineCount() const { return int(m_lines.size()); }
    // Lines given as read (tests; the reading adds them the same way).
    void addLines(const QStringList &lines);

protected:
    void done(int result) override;

private:
    struct Incoming
    {
        std::mutex mutex;
        QStringList lines;
    };

    std::shared_ptr<Incoming> m_incoming;
    BackgroundJob<QString> m_reading;
    // A line as read, with what the filters look at.
    struct Line
    {
        QString text;
        QString node;   // empty: none
        QDateTime time; // invalid: none
    };
    QList<Line> m_lines;
    QComboBox *m_node;
    QComboBox *m_since;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QPlainTextEdit *m_text;
    QLabel *m_status;

    void take();
    void refilter();
    bool shows(const Line &line, const QDateTime &now) const;
    // The lines from `first` on that the filters let through.
    QStringList shown(qsizetype first) const;
};

} // namespace hive::gui
