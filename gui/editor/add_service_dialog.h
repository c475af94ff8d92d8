#pragma once

#include "data/value.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace hive::gui {

// Add Service: choose what it starts from (a web server, a database on a
// mirrored volume, a worker), name it — checked as you type against the
// names Docker Swarm accepts and the project's other services — and, when
// the project has several services files, the file it goes in. The YAML it
// will add is shown before anything is written.
class AddServiceDialog : public QDialog
{
    Q_OBJECT
public:
    // `files`: the services files to choose from, as shown (one or none:
    // no choice is offered). `taken`: the project's service names.
    // `usedPorts`: published ports already taken.
    AddServiceDialog(const QStringList &files, int chosenFile, const QStringList &taken,
                     const QList<qint64> &usedPorts, const QStringList &usedVolumes = {},
                     QWidget *parent = nullptr);

    QString name() const;
    QString templateId() const;
    int fileIndex() const;
    Value service() const;
    // Why the name cannot be used (empty: it can).
    QString problem() const;

private:
    QStringList m_taken;
    QList<qint64> m_usedPorts;
    QStringList m_usedVolumes;
    QListWidget *m_templates;
    QLineEdit *m_name;
    QLabel *m_problem;
    QComboBox *m_files;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
    bool m_nameEdited = false;

    void templateChosen();
    void update();
    QString freeName(const QString &base) const;
};

} // namespace hive::gui
