#pragma once

#include "inventory/service_references.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QGroupBox;
class QLabel;
class QScrollArea;
class QTreeWidget;
class QVBoxLayout;

namespace hive::gui {

class AttributeForm;
class EditableFile;
class TemplateRenderer;

// The form for the services of a services file (plugin: hive_services): pick
// a service, then edit it in sections (Image, Ports, Volumes, Environment,
// Labels, Placement, Command, Resources and restart, Initialize, Backup)
// built from the schema. Add, duplicate, rename and delete services; a rename
// or delete first shows where other services use the name.
class ServiceForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceForm(EditableFile *file, QWidget *parent = nullptr);

    // Shows the file as it is now (after any edit, undo or reload).
    void refresh();
    void showService(const QString &name);
    // The source's cursor is at `path` (services, NAME, KEY, …): shows that
    // service and marks the field of KEY.
    void followSource(const QStringList &path);
    // Where the service's Jinja2 templates are rendered, to show each
    // templated value as Ansible renders it (none: the section stays hidden).
    void setTemplateRenderer(TemplateRenderer *renderer);

signals:
    void problem(const QString &message);
    void addRequested(); // Add…: the project's Add Service (templates, names of every file)
    // A service was renamed (its published ports go with it: the project does that).
    void renamed(const QString &from, const QString &to);

private:
    EditableFile *m_file;
    QComboBox *m_services;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QRadioButton *m_tagMode = nullptr;
    QRadioButton *m_buildMode = nullptr;
    QLineEdit *m_tag = nullptr;
    QWidget *m_buildBox = nullptr;
    QList<AttributeForm *> m_forms;
    QString m_shown;
    TemplateRenderer *m_renderer = nullptr;
    QGroupBox *m_templatesBox = nullptr;
    QLabel *m_templatesState = nullptr;
    QTreeWidget *m_templates = nullptr;

    void build(const QString &name);
    void askForTemplates();
    void updateImage();
    void duplicateService();
    void renameService();
    void deleteService();
    QStringList serviceNames() const;
    // Asks for a name; empty when cancelled, unchanged or not free (said via problem()).
    QString askFreeName(const QString &title, const QString &label, const QString &initial);
    // Shows where the name is used (refs) and asks; true to go ahead.
    bool confirmReferences(const QList<ServiceReferences::Reference> &refs, const QString &name,
                           const QString &action, bool offerUpdate, bool *update);
};

} // namespace hive::gui
