#include "gui/editor/attribute_form.h"

#include "gui/editor/cidr_validator.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/history_keys.h"
#include "gui/editor/map_list_table.h"
#include "gui/editor/string_list_editor.h"
#include "gui/editor/unset_spin_box.h"
#include "gui/editor/wheel_guard.h"
#include "inventory/attribute_text.h"
#include "inventory/schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
// How a list attribute is shown as a table: its columns, whether items may be
// short strings, and what a new row holds.
struct TableShape
{
    AttributeScope itemScope;
    QList<MapListTable::Column> columns;
    bool shortSyntax = false;
    Value newItem;
};

Value mapOf(std::initializer_list<std::pair<const char *, Value>> entries)
{
    Value m = Value::map();
    for (const auto &e : entries)
        m.insert(QLatin1String(e.first), e.second);
    return m;
}

bool tableShape(const AttributeSpec &spec, TableShape &shape)
{
    const auto col = [](const char *path) {
        return MapListTable::Column{QLatin1String(path), QLatin1String(path)};
    };
    if (spec.scope == AttributeScope::Stage && spec.name == QLatin1String("subnets")) {
        shape = {AttributeScope::Subnet,
                 {col("cidr"), col("name"), col("available_zone")},
                 false,
                 mapOf({{"cidr", Value::string(QStringLiteral("10.0.0.0/24"))}})};
        return true;
    }
    if (spec.scope != AttributeScope::Service)
        return false;
    if (spec.name == QLatin1String("ports")) {
        shape = {AttributeScope::Port,
                 {col("published_port"), col("target_port"), col("protocol"), col("mode")},
                 true,
                 mapOf({{"target_port", Value::integer(80)}})};
        return true;
    }
    if (spec.name == QLatin1String("volumes")) {
        shape = {AttributeScope::Volume,
                 {col("source"), col("target"), col("type"), col("readonly"), col("drbd.fstype"),
                  col("drbd.size"), col("driver")},
                 true,
                 mapOf({{"source", Value::string(QStringLiteral("data"))},
                        {"target", Value::string(QStringLiteral("/data"))},
                        {"type", Value::string(QStringLiteral("volume"))}})};
        return true;
    }
    if (spec.name == QLatin1String("backup_scripts")) {
        shape = {AttributeScope::Service,
                 {col("name"), col("backup_command"), col("restore_command"),
                  col("cleanup_days_before")},
                 false,
                 mapOf({{"name", Value::string(QStringLiteral("backup"))}})};
        return true;
    }
    return false;
}

ValueKind columnKind(AttributeScope itemScope, const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    AttributeScope scope = itemScope;
    if (parts.size() == 2)
        scope = parts.first() == QLatin1String("drbd") ? AttributeScope::Drbd : AttributeScope::Nfs;
    if (const AttributeSpec *s = Schema::find(scope, parts.last()))
        return s->kind;
    return ValueKind::IntegerOrString;
}

QString language()
{
    return QLocale().name();
}

bool isKeyValue(const AttributeSpec &spec)
{
    static const QStringList names = {QStringLiteral("environment"), QStringLiteral("labels"),
                                      QStringLiteral("hosts"),       QStringLiteral("sysctls"),
                                      QStringLiteral("env"),         QStringLiteral("driver_opts")};
    return (spec.kind == ValueKind::Map || spec.kind == ValueKind::MapOrList) &&
           names.contains(spec.name);
}
} // namespace

AttributeForm::AttributeForm(EditableFile *file, const YamlTextEditor::Path &base,
                             const QList<AttributeSpec> &specs, QWidget *parent)
    : QWidget(parent), m_file(file), m_base(base), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QList<AttributeSpec> rare;
    for (const AttributeSpec &spec : specs) {
        if (spec.rarelySet)
            rare << spec;
        else
            addField(spec, m_layout);
    }
    if (!rare.isEmpty()) {
        m_moreToggle = new QToolButton(this);
        m_moreToggle->setObjectName(QStringLiteral("moreSettings"));
        m_moreToggle->setCheckable(true);
        m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_moreToggle->setAutoRaise(true);
        m_moreToggle->setText(tr("More settings (%n)", nullptr, int(rare.size())));
        m_moreToggle->setToolTip(
            tr("Settings a first hive seldom needs: encryption keys, internal address ranges, "
               "download URLs…"));
        m_more = new QWidget(this);
        m_moreLayout = new QFormLayout(m_more);
        m_moreLayout->setContentsMargins(0, 0, 0, 0);
        m_moreLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_moreLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (const AttributeSpec &spec : std::as_const(rare)) {
            addField(spec, m_moreLayout);
            m_moreKeys << spec.name;
        }
        m_layout->addRow(m_moreToggle);
        m_layout->addRow(m_more);
        connect(m_moreToggle, &QToolButton::toggled, this, &AttributeForm::setMoreShown);
        setMoreShown(false);
    }
    HistoryKeys::route(this);
    refresh();
}

void AttributeForm::setMoreShown(bool shown)
{
    if (!m_moreToggle)
        return;
    const QSignalBlocker block(m_moreToggle);
    m_moreToggle->setChecked(shown);
    m_moreToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_more->setVisible(shown);
}

bool AttributeForm::moreShown() const
{
    return !m_moreToggle || m_moreToggle->isChecked();
}

void AttributeForm::refresh()
{
    const Value *v = m_file->editor().find(m_base);
    const Value current = v && v->isMap() ? *v : Value::map();
    for (const auto &update : m_updaters)
        update(current);
    // A folded setting with a value is shown: nothing in the file is hidden.
    for (const QString &key : std::as_const(m_moreKeys)) {
        if (!current.value(key).isNull()) {
            setMoreShown(true);
            break;
        }
    }
}

bool AttributeForm::commit(const YamlTextEditor::Path &relative, const std::optional<Value> &value)
{
    const YamlTextEditor::Path path = m_base + relative;
    const QString where = YamlTextEditor::pathText(relative);
    bool ok = true;
    if (!value) {
        if (m_file->editor().find(path))
            ok = m_file->edit(tr("Remove %1").arg(where),
                              [&](YamlTextEditor &ed) { return ed.remove(path); });
    } else {
        const Value *old = m_file->editor().find(path);
        if (!old || *old != *value)
            ok = m_file->edit(tr("Change %1").arg(where),
                              [&](YamlTextEditor &ed) { return ed.setValue(path, *value); });
    }
    if (!ok) {
        emit problem(m_file->lastError());
        refresh();
    }
    return ok;
}

bool AttributeForm::appendTo(const YamlTextEditor::Path &relative, const Value &item)
{
    const YamlTextEditor::Path path = m_base + relative;
    const bool ok = m_file->edit(tr("Add to %1").arg(YamlTextEditor::pathText(relative)),
                                 [&](YamlTextEditor &ed) { return ed.append(path, item); });
    if (!ok)
        emit problem(m_file->lastError());
    return ok;
}

bool AttributeForm::removeAt(const YamlTextEditor::Path &relative)
{
    const YamlTextEditor::Path path = m_base + relative;
    const bool ok = m_file->edit(tr("Remove %1").arg(YamlTextEditor::pathText(relative)),
                                 [&](YamlTextEditor &ed) { return ed.remove(path); });
    if (!ok)
        emit problem(m_file->lastError());
    return ok;
}

bool AttributeForm::renameAt(const YamlTextEditor::Path &relative, const QString &newKey)
{
    const YamlTextEditor::Path path = m_base + relative;
    const bool ok =
        m_file->edit(tr("Rename %1 to %2").arg(YamlTextEditor::pathText(relative), newKey),
                     [&](YamlTextEditor &ed) { return ed.renameKey(path, newKey); });
    if (!ok)
        emit problem(m_file->lastError());
    return ok;
}

void AttributeForm::addField(const AttributeSpec &spec, QFormLayout *layout)
{
    QWidget *field = nullptr;
    TableShape shape;
    if (spec.kind == ValueKind::ImageSpec)
        return; // the service form has an Image section of its own
    if (spec.kind == ValueKind::Integer)
        field = integerField(spec);
    else if (spec.kind == ValueKind::Boolean || spec.kind == ValueKind::Enum)
        field = choiceField(spec);
    else if (spec.kind == ValueKind::Cidr)
        field = cidrField(spec);
    else if (spec.kind == ValueKind::StageList)
        field = stageListField(spec);
    else if (spec.kind == ValueKind::StringList || spec.kind == ValueKind::IpList)
        field = stringListField(spec);
    else if (spec.name == QLatin1String("placement"))
        field = stringListField(spec, QStringLiteral("constraints"));
    else if (isKeyValue(spec))
        field = keyValueField(spec);
    else if (spec.kind == ValueKind::List && tableShape(spec, shape))
        field = tableField(spec);
    else
        field = lineField(spec);
    field->setObjectName(YamlTextEditor::pathText(m_base + QStringList{spec.name}));
    field->setToolTip(spec.description(language()));
    field->setAccessibleName(spec.name);
    // In words, with the YAML key beside it: the form and the source meet.
    const QString key = spec.name == QLatin1String("placement")
                            ? QStringLiteral("placement.constraints")
                            : spec.name;
    auto *label = new QLabel(QStringLiteral("%1:<br><small><tt>%2</tt></small>")
                                 .arg(spec.title(language()).toHtmlEscaped(), key.toHtmlEscaped()),
                             this);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(QStringLiteral("label:") + key);
    label->setBuddy(field);
    label->setToolTip(spec.description(language()));
    layout->addRow(label, field);
}

bool AttributeForm::markField(const QString &key)
{
    const QString wanted =
        key == QLatin1String("placement") ? QStringLiteral("placement.constraints") : key;
    if (wanted == m_marked)
        return !m_marked.isEmpty();
    if (auto *old = findChild<QLabel *>(QStringLiteral("label:") + m_marked)) {
        old->setAutoFillBackground(false);
        old->setBackgroundRole(QPalette::Window);
        old->setForegroundRole(QPalette::WindowText);
    }
    m_marked.clear();
    auto *label =
        wanted.isEmpty() ? nullptr : findChild<QLabel *>(QStringLiteral("label:") + wanted);
    if (!label)
        return false;
    if (m_more && m_more->isAncestorOf(label))
        setMoreShown(true);
    // The selection's colours: readable in the light and the dark theme.
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Highlight);
    label->setForegroundRole(QPalette::HighlightedText);
    m_marked = wanted;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(label->buddy() ? label->buddy() : label);
            break;
        }
    }
    return true;
}

void AttributeForm::bindText(QLineEdit *edit, const QString &name, ValueKind kind)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, name, kind] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        if (edit->text().trimmed().isEmpty()) {
            commit({name}, std::nullopt);
            return;
        }
        Value v;
        QString error;
        if (!AttributeText::parse(edit->text(), kind, v, error)) {
            emit problem(tr("%1: %2").arg(name, error));
            return;
        }
        commit({name}, v);
    });
    m_updaters << [edit, name](const Value &map) {
        const QString text = AttributeText::format(map.value(name));
        if (edit->text() != text && !edit->isModified())
            edit->setText(text);
    };
}

QWidget *AttributeForm::lineField(const AttributeSpec &spec)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(spec.defaultText(language()));
    if (spec.secret)
        edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    bindText(edit, spec.name, spec.kind);
    return edit;
}

QWidget *AttributeForm::integerField(const AttributeSpec &spec)
{
    auto *spin = new UnsetSpinBox(this);
    WheelGuard::protect(spin);
    // One below the smallest allowed value is "not set" (0 CPUs cannot be
    // entered: it shows the default).
    const int unset = int(spec.minimum) - 1;
    spin->setRange(unset, 999999999);
    spin->setSpecialValueText(spec.defaultText(language()).isEmpty()
                                  ? tr("(not set)")
                                  : tr("(default: %1)").arg(spec.defaultText(language())));
    spin->setKeyboardTracking(false);
    const QString name = spec.name;
    // Stepping up from "not set" starts at the default: a number the schema
    // gives, or one the owner of the form computes (setDefaultValue).
    bool numeric = false;
    const int schemaDefault = spec.defaultValue.toInt(&numeric);
    spin->setDefaultValue([this, name, numeric, schemaDefault, unset] {
        if (const auto f = m_defaults.value(name))
            return f();
        return numeric ? schemaDefault : unset + 1;
    });
    connect(spin, &QSpinBox::valueChanged, this, [this, name, unset](int value) {
        commit({name}, value <= unset ? std::nullopt : std::optional<Value>(Value::integer(value)));
    });
    m_updaters << [this, spin, name, unset](const Value &map) {
        const Value v = map.value(name);
        const QSignalBlocker block(spin);
        spin->setValue(v.isInt() && v.toInt() > unset ? int(v.toInt()) : unset);
        // A default the form computes is shown as its number ("4"), not as
        // the schema's rule ("4 if separate_repository else 3").
        if (const auto f = m_defaults.value(name))
            spin->setSpecialValueText(tr("(default: %1)").arg(f()));
    };
    return spin;
}

QWidget *AttributeForm::choiceField(const AttributeSpec &spec)
{
    auto *combo = new QComboBox(this);
    WheelGuard::protect(combo);
    combo->addItem(spec.defaultText(language()).isEmpty()
                       ? tr("(not set)")
                       : tr("(default: %1)").arg(spec.defaultText(language())));
    const QStringList choices = spec.kind == ValueKind::Boolean
                                    ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                                    : spec.allowed;
    combo->addItems(choices);
    const QString name = spec.name;
    const ValueKind kind = spec.kind;
    connect(combo, &QComboBox::activated, this, [this, combo, name, kind](int index) {
        if (index == 0) {
            commit({name}, std::nullopt);
            return;
        }
        const QString text = combo->itemText(index);
        commit({name}, kind == ValueKind::Boolean ? Value::boolean(text == QLatin1String("true"))
                                                  : Value::string(text));
    });
    m_updaters << [combo, name](const Value &map) {
        const Value v = map.value(name);
        const QSignalBlocker block(combo);
        if (v.isNull()) {
            combo->setCurrentIndex(0);
            return;
        }
        const QString text = v.isBool()
                                 ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : AttributeText::format(v);
        const int index = combo->findText(text);
        if (index < 0)
            combo->addItem(text); // a value the schema does not know: shown, Problems says why
        combo->setCurrentIndex(index < 0 ? combo->count() - 1 : index);
    };
    return combo;
}

QWidget *AttributeForm::cidrField(const AttributeSpec &spec)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(spec.defaultText(language()).isEmpty() ? QStringLiteral("a.b.c.d/n")
                                                                    : spec.defaultText(language()));
    auto *validator = new CidrValidator(edit);
    const auto mark = [edit, validator] {
        QString text = edit->text();
        int pos = 0;
        const bool bad =
            !text.isEmpty() && validator->validate(text, pos) != QValidator::Acceptable;
        edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 2px solid #d03030; }")
                                : QString());
        edit->setProperty("invalid", bad);
    };
    connect(edit, &QLineEdit::textChanged, edit, mark);
    bindText(edit, spec.name, ValueKind::Cidr);
    return edit;
}

QWidget *AttributeForm::stageListField(const AttributeSpec &spec)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *row = new QHBoxLayout;
    QList<QCheckBox *> checks;
    for (const QString &stage : Schema::stages()) {
        auto *check = new QCheckBox(stage, box);
        row->addWidget(check);
        checks << check;
    }
    // Not set in the file: no box is ticked, and this says what applies.
    auto *inherited =
        new QLabel(tr("not set: %1")
                       .arg(spec.defaultText(language()).isEmpty() ? tr("every stage")
                                                                   : spec.defaultText(language())),
                   box);
    inherited->setObjectName(QStringLiteral("inherited"));
    inherited->setForegroundRole(QPalette::PlaceholderText);
    inherited->setWordWrap(true);
    row->addStretch();
    column->addLayout(row);
    column->addWidget(inherited);
    box->setFocusProxy(checks.first());
    const QString name = spec.name;
    for (QCheckBox *check : checks) {
        connect(check, &QCheckBox::clicked, this, [this, checks, name] {
            Value list = Value::list();
            for (QCheckBox *c : checks) {
                if (c->isChecked())
                    list.append(Value::string(c->text()));
            }
            commit({name}, list.size() == 0 ? std::nullopt : std::optional<Value>(list));
        });
    }
    m_updaters << [checks, inherited, name](const Value &map) {
        const Value v = map.value(name);
        inherited->setVisible(v.isNull());
        for (QCheckBox *c : checks) {
            bool on = false; // not set: what applies is inherited, said beside
            if (v.isList()) {
                on = std::any_of(v.items().begin(), v.items().end(),
                                 [c](const Value &i) { return i.toString() == c->text(); });
            }
            const QSignalBlocker block(c);
            c->setChecked(on);
        }
    };
    return box;
}

QWidget *AttributeForm::stringListField(const AttributeSpec &spec, const QString &subKey)
{
    auto *list = new StringListEditor(this);
    list->setPlaceholder(spec.defaultText(language()));
    YamlTextEditor::Path path{spec.name};
    if (!subKey.isEmpty())
        path << subKey;
    connect(list, &StringListEditor::edited, this, [this, path](const QStringList &items) {
        Value v = Value::list();
        for (const QString &s : items)
            v.append(Value::string(s));
        commit(path, items.isEmpty() ? std::nullopt : std::optional<Value>(v));
    });
    m_updaters << [list, path](const Value &map) {
        Value v = map;
        for (const QString &p : path)
            v = v.isMap() ? v.value(p) : Value();
        QStringList items;
        if (v.isList()) {
            for (const Value &i : v.items())
                items << AttributeText::format(i);
        }
        list->setItems(items);
    };
    return list;
}

QWidget *AttributeForm::keyValueField(const AttributeSpec &spec)
{
    auto *table = new MapListTable(
        {{QStringLiteral("key"), tr("Name")}, {QStringLiteral("value"), tr("Value")}}, false, this);
    table->setMinimumHeight(110);
    const QString name = spec.name;
    // The rows as the file has them, to know which key a row stands for.
    auto keys = std::make_shared<QStringList>();
    connect(table, &MapListTable::cellEdited, this,
            [this, name, keys](int row, const QString &column, const QString &text) {
                if (row >= keys->size())
                    return;
                const QString key = keys->at(row);
                if (column == QLatin1String("key")) {
                    if (!text.trimmed().isEmpty() && text != key)
                        renameAt({name, key}, text.trimmed());
                    else
                        refresh();
                    return;
                }
                Value v;
                QString error;
                AttributeText::parse(text, ValueKind::Any, v, error);
                // Environment values and labels are strings to Docker.
                commit({name, key}, v.isScalar() && !v.isNull() ? Value::string(text) : v);
            });
    connect(table, &MapListTable::rowAdded, this, [this, name, keys] {
        QString key = QStringLiteral("NEW_KEY");
        for (int i = 2; keys->contains(key); ++i)
            key = QStringLiteral("NEW_KEY_%1").arg(i);
        commit({name, key}, Value::string(QString()));
    });
    connect(table, &MapListTable::rowRemoved, this, [this, name, keys](int row) {
        if (row < keys->size())
            removeAt({name, keys->at(row)});
    });
    m_updaters << [table, name, keys](const Value &map) {
        const Value v = map.value(name);
        Value rows = Value::list();
        keys->clear();
        if (v.isMap()) {
            for (const Value::Entry &e : v.entries()) {
                Value row = Value::map();
                row.insert(QStringLiteral("key"), Value::string(e.key));
                row.insert(QStringLiteral("value"), e.value);
                rows.append(row);
                *keys << e.key;
            }
        }
        table->setItems(rows);
    };
    return table;
}

QWidget *AttributeForm::tableField(const AttributeSpec &spec)
{
    TableShape shape;
    tableShape(spec, shape);
    auto *table = new MapListTable(shape.columns, shape.shortSyntax, this);
    table->setMinimumHeight(120);
    const QString name = spec.name;
    const AttributeScope itemScope = shape.itemScope;
    connect(table, &MapListTable::cellEdited, this,
            [this, name, itemScope](int row, const QString &column, const QString &text) {
                YamlTextEditor::Path path{name, QString::number(row)};
                if (column.isEmpty()) {
                    // Short syntax: "8080:80" stays a string, "6379" a number.
                    Value v;
                    QString error;
                    AttributeText::parse(text, ValueKind::IntegerOrString, v, error);
                    commit(path, v);
                    return;
                }
                path << column.split(QLatin1Char('.'));
                if (text.trimmed().isEmpty()) {
                    commit(path, std::nullopt);
                    return;
                }
                Value v;
                QString error;
                if (!AttributeText::parse(text, columnKind(itemScope, column), v, error)) {
                    emit problem(tr("%1: %2").arg(column, error));
                    refresh();
                    return;
                }
                commit(path, v);
            });
    const Value newItem = shape.newItem;
    connect(table, &MapListTable::rowAdded, this,
            [this, name, newItem] { appendTo({name}, newItem); });
    connect(table, &MapListTable::rowRemoved, this, [this, name](int row) {
        removeAt({name, QString::number(row)});
    });
    m_updaters << [table, name](const Value &map) { table->setItems(map.value(name)); };
    return table;
}

} // namespace hive::gui
