#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTabWidget;

namespace hive {
struct HiveModel;
}

namespace hive::gui {

class AttributeForm;
class EditableFile;
class HostPlanView;

// The form for a hive definition (plugin: hive_inventory): the hive name and
// one page per stage with its provider and only the attributes valid for that
// provider (from the schema), and below them the host plan the core computes
// from what is typed — names, roles, addresses, subnets, zones.
class HiveForm : public QWidget
{
    Q_OBJECT
public:
    explicit HiveForm(EditableFile *file, QWidget *parent = nullptr);

    void refresh();
    // The plan of the inventory as last loaded (with unsaved edits).
    void showPlans(const HiveModel &model);
    QString currentStage() const;
    void showStage(const QString &stage);
    // The source's cursor is at `path` (stages, STAGE, KEY, …): shows that
    // stage and marks the field of KEY.
    void followSource(const QStringList &path);

signals:
    void problem(const QString &message);

private:
    struct StagePage
    {
        QComboBox *provider = nullptr;
        QWidget *formHost = nullptr;
        HostPlanView *plan = nullptr;
        QString shownProvider;
    };
    EditableFile *m_file;
    QLineEdit *m_name;
    QTabWidget *m_stages;
    QHash<QString, StagePage> m_pages;
    QHash<QString, AttributeForm *> m_forms;

    QStringList stageNames() const;
    void rebuildPages();
    void buildStageForm(const QString &stage, const QString &provider);
    void addStage();
};

} // namespace hive::gui
