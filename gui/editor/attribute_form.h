#pragma once

#include "data/yaml_text_editor.h"
#include "inventory/attribute_spec.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QFormLayout;
class QToolButton;
class QLineEdit;

namespace hive::gui {

class EditableFile;

// A form for the attributes of one mapping of an inventory file (a stage, a
// service, a service's image build), built from the core schema: one field
// per attribute with the editor its kind calls for (spin box, drop-down,
// CIDR field that validates while typing, list, table), the default as
// placeholder and the schema's description as tool tip. Every change becomes
// one structured edit of the file, so only that text changes on save.
class AttributeForm : public QWidget
{
    Q_OBJECT
public:
    AttributeForm(EditableFile *file, const YamlTextEditor::Path &base,
                  const QList<AttributeSpec> &specs, QWidget *parent = nullptr);

    // Shows the values of the mapping now in the file.
    void refresh();
    const YamlTextEditor::Path &base() const { return m_base; }
    // Marks the field of `key` (the source's cursor is in its text) and
    // scrolls it into view; an empty key, or one without a field, clears
    // the mark. Returns whether a field is marked.
    bool markField(const QString &key);
    // The number an integer field left out stands for, when the schema's
    // default is not a plain number (number_of_hosts: what the plan counts).
    void setDefaultValue(const QString &key, std::function<int()> value)
    {
        m_defaults.insert(key, std::move(value));
    }
    // Whether "More settings" is unfolded (true when there is none).
    bool moreShown() const;
    // The key whose field is marked ("" when none).
    QString markedField() const { return m_marked; }

signals:
    // An edit the file refused, or a value that does not fit the field.
    void problem(const QString &message);

private:
    EditableFile *m_file;
    YamlTextEditor::Path m_base;
    QFormLayout *m_layout;
    // "More settings": the attributes seldom set, folded until one has a value.
    QToolButton *m_moreToggle = nullptr;
    QWidget *m_more = nullptr;
    QFormLayout *m_moreLayout = nullptr;
    QStringList m_moreKeys;
    QList<std::function<void(const Value &)>> m_updaters;
    QString m_marked;
    QHash<QString, std::function<int()>> m_defaults;

    void addField(const AttributeSpec &spec, QFormLayout *layout);
    void setMoreShown(bool shown);
    // Commits the field's text as `kind` when editing ends; shows the file's value.
    void bindText(QLineEdit *edit, const QString &name, ValueKind kind);
    QWidget *lineField(const AttributeSpec &spec);
    QWidget *integerField(const AttributeSpec &spec);
    QWidget *choiceField(const AttributeSpec &spec);
    QWidget *cidrField(const AttributeSpec &spec);
    QWidget *stageListField(const AttributeSpec &spec);
    QWidget *stringListField(const AttributeSpec &spec, const QString &subKey = {});
    QWidget *keyValueField(const AttributeSpec &spec);
    QWidget *tableField(const AttributeSpec &spec);

public:
    // Sets (or with no value removes) base + path; false if the file refused.
    bool commit(const YamlTextEditor::Path &relative, const std::optional<Value> &value);
    bool appendTo(const YamlTextEditor::Path &relative, const Value &item);
    bool removeAt(const YamlTextEditor::Path &relative);
    bool renameAt(const YamlTextEditor::Path &relative, const QString &newKey);
};

} // namespace hive::gui
