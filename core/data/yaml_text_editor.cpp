#include "data/yaml_text_editor.h"

#include "data/yaml_reader.h"
#include "data/yaml_writer.h"
#include "diagnostics/diagnostic_list.h"

#include <QCoreApplication>
#include <algorithm>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::YamlTextEditor", text);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNonEmptyCollection(const Value &v)
{
    return (v.isMap() || v.isList()) && v.size() > 0;
}

bool isFlat(const Value &v)
{
    if (v.isScalar())
        return true;
    if (v.isList())
        return std::all_of(v.items().begin(), v.items().end(),
                           [](const Value &i) { return i.isScalar(); });
    return std::all_of(v.entries().begin(), v.entries().end(),
                       [](const Value::Entry &e) { return e.value.isScalar(); });
}

Value emptyLike(const Value &v)
{
    return v.isMap() ? Value::map() : Value::list();
}
} // namespace

YamlTextEditor::YamlTextEditor(const QByteArray &text, const QString &fileName)
    : m_fileName(fileName)
{
    setText(text);
}

void YamlTextEditor::setText(const QByteArray &text)
{
    m_text = text;
    m_parses = read(m_text, m_root);
    if (!m_parses)
        m_root = {};
    m_lineStarts.assign(1, 0);
    for (int i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

bool YamlTextEditor::read(const QByteArray &text, Value &root) const
{
    DiagnosticList diags;
    const YamlReader::Result r = YamlReader().readBytes(text, m_fileName, diags);
    if (!r.ok || diags.errorCount() > 0)
        return false;
    root = r.root;
    return true;
}

namespace {

void descend(const Value &value, int line, YamlTextEditor::Path &path)
{
    if (value.isMap()) {
        const Value::Entry *best = nullptr;
        for (const Value::Entry &e : value.entries()) {
            if (e.keyMark.isKnown() && e.keyMark.line <= line)
                best = &e;
        }
        if (best) {
            path << best->key;
            descend(best->value, line, path);
        }
    } else if (value.isList()) {
        int best = -1;
        for (int i = 0; i < int(value.items().size()); ++i) {
            const SourceMark &m = value.items().at(size_t(i)).mark();
            if (m.isKnown() && m.line <= line)
                best = i;
        }
        if (best >= 0) {
            path << QString::number(best);
            descend(value.items().at(size_t(best)), line, path);
        }
    }
}

} // namespace

YamlTextEditor::Path YamlTextEditor::pathAtLine(int line) const
{
    Path path;
    if (m_parses)
        descend(m_root, line, path);
    return path;
}

QString YamlTextEditor::pathText(const Path &path)
{
    return path.join(QLatin1Char('.'));
}

bool YamlTextEditor::fail(const QString &message)
{
    m_error = message;
    return false;
}

const Value *YamlTextEditor::find(const Path &path) const
{
    Location loc;
    return locate(path, loc) ? loc.value : nullptr;
}

bool YamlTextEditor::locate(const Path &path, Location &loc) const
{
    return m_parses && locateIn(m_root, path, loc);
}

bool YamlTextEditor::locateIn(const Value &root, const Path &path, Location &loc)
{
    loc = Location{};
    loc.value = &root;
    for (const QString &segment : path) {
        const Value *cur = loc.value;
        if (cur->isMap()) {
            const Value::Entry *e = cur->findEntry(segment);
            if (!e)
                return false;
            loc = Location{&e->value, cur, e, -1};
        } else if (cur->isList()) {
            bool ok = false;
            const int i = segment.toInt(&ok);
            if (!ok || i < 0 || i >= cur->size())
                return false;
            loc = Location{&cur->items()[size_t(i)], cur, nullptr, i};
        } else {
            return false;
        }
    }
    return true;
}

int YamlTextEditor::offsetOf(const SourceMark &mark) const
{
    if (!mark.isKnown() || mark.line > int(m_lineStarts.size()))
        return -1;
    return std::min<int>(m_lineStarts[size_t(mark.line - 1)] + mark.column - 1, m_text.size());
}

int YamlTextEditor::lineOf(int offset) const
{
    return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) -
               m_lineStarts.begin()) -
           1;
}

int YamlTextEditor::lineStart(int offset) const
{
    return m_lineStarts[size_t(lineOf(offset))];
}

int YamlTextEditor::lineEnd(int offset) const
{
    const int nl = m_text.indexOf('\n', offset);
    return nl < 0 ? int(m_text.size()) : nl;
}

int YamlTextEditor::columnOf(int offset) const
{
    return offset - lineStart(offset);
}

bool YamlTextEditor::onlySpacesBefore(int offset, bool allowDash) const
{
    for (int i = lineStart(offset); i < offset; ++i) {
        const char c = m_text.at(i);
        if (!isBlank(c) && !(allowDash && c == '-'))
            return false;
    }
    return true;
}

bool YamlTextEditor::inFlow(const Location &loc) const
{
    if (!loc.parent || loc.parent == &m_root)
        return false;
    const int p = offsetOf(loc.parent->mark());
    return p >= 0 && p < m_text.size() && (m_text.at(p) == '[' || m_text.at(p) == '{');
}

int YamlTextEditor::quotedEnd(int start) const
{
    const char q = m_text.at(start);
    for (int i = start + 1; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (q == '"' && c == '\\') {
            ++i;
            continue;
        }
        if (c == q) {
            if (q == '\'' && i + 1 < m_text.size() && m_text.at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return int(m_text.size());
}

int YamlTextEditor::plainEnd(int start, bool flow, bool key) const
{
    if (start < m_text.size() && (m_text.at(start) == '"' || m_text.at(start) == '\''))
        return quotedEnd(start);
    int i = start;
    const int n = int(m_text.size());
    while (i < n) {
        const char c = m_text.at(i);
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && i > start && isBlank(m_text.at(i - 1)))
            break;
        if (flow && (c == ',' || c == ']' || c == '}'))
            break;
        if (key && c == ':' &&
            (i + 1 >= n || isBlank(m_text.at(i + 1)) || m_text.at(i + 1) == '\n' ||
             m_text.at(i + 1) == '\r' || (flow && m_text.at(i + 1) == ',')))
            break;
        ++i;
    }
    while (i > start && isBlank(m_text.at(i - 1)))
        --i;
    return i;
}

int YamlTextEditor::matchingBracket(int start) const
{
    int depth = 0;
    for (int i = start; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '"' || c == '\'') {
            i = quotedEnd(i) - 1;
        } else if (c == '#' && i > 0 && isBlank(m_text.at(i - 1))) {
            i = lineEnd(i) - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i;
        }
    }
    return int(m_text.size()) - 1;
}

int YamlTextEditor::valueEnd(const Value &old, int start, int ownerIndent, bool isEntryValue,
                             bool flow) const
{
    const char first = m_text.at(start);
    if ((old.isMap() || old.isList()) && (first == '[' || first == '{'))
        return matchingBracket(start) + 1;
    if (isNonEmptyCollection(old)) // a block collection: a list may sit flush with its key
        return contentEnd(start, ownerIndent, isEntryValue && old.isList());
    if (old.isString() && (first == '|' || first == '>'))
        return contentEnd(start, ownerIndent, false);
    return plainEnd(start, flow, false);
}

QByteArray YamlTextEditor::insertedBeforeClose(int open, const QByteArray &element) const
{
    int close = matchingBracket(open);
    while (close > open && isBlank(m_text.at(close - 1)))
        --close;
    return m_text.left(close) + ", " + element + m_text.mid(close);
}

// The end of the last line that belongs to the node starting at `start`:
// following lines belong to it while they are indented deeper than its owner
// (the key or the dash), or are list items at the owner's indent for a list
// written flush with its key. Blank and comment lines in between go with it,
// trailing ones stay with what follows.
int YamlTextEditor::contentEnd(int start, int ownerIndent, bool listAtOwnerIndent) const
{
    int end = lineEnd(start);
    if (m_text.at(start) == '[' || m_text.at(start) == '{')
        end = std::max(end, lineEnd(matchingBracket(start)));
    else if (m_text.at(start) == '"' || m_text.at(start) == '\'')
        end = std::max(end, lineEnd(quotedEnd(start) - 1));
    for (int line = lineOf(end) + 1; line < int(m_lineStarts.size()); ++line) {
        const int ls = m_lineStarts[size_t(line)];
        int i = ls;
        while (i < m_text.size() && m_text.at(i) == ' ')
            ++i;
        if (i >= m_text.size())
            break;
        const char c = m_text.at(i);
        if (c == '\n' || c == '\r' || c == '#')
            continue;
        const int indent = i - ls;
        const bool dashItem = c == '-' && (i + 1 >= m_text.size() || isBlank(m_text.at(i + 1)) ||
                                           m_text.at(i + 1) == '\n');
        if (indent > ownerIndent || (listAtOwnerIndent && indent == ownerIndent && dashItem))
            end = lineEnd(ls);
        else
            break;
    }
    return end;
}

int YamlTextEditor::colonAfterKey(int keyStart, bool flow) const
{
    int i = plainEnd(keyStart, flow, true);
    while (i < m_text.size() && isBlank(m_text.at(i)))
        ++i;
    return i < m_text.size() && m_text.at(i) == ':' ? i : -1;
}

QByteArray YamlTextEditor::scalarText(const Value &value, int tokenStart, int ownerIndent,
                                      bool flow) const
{
    if (flow)
        return YamlWriter::flow(value);
    const char first = tokenStart >= 0 && tokenStart < m_text.size() ? m_text.at(tokenStart) : 0;
    if (value.isString()) {
        const QString &s = value.toString();
        if (s.contains(QLatin1Char('\n')) && !s.startsWith(QLatin1Char(' '))) {
            // Several lines read best as a literal block, as people write scripts.
            QByteArray out = s.endsWith(QLatin1Char('\n')) ? "|" : "|-";
            const QByteArray pad(ownerIndent + 2, ' ');
            QString body = s;
            if (body.endsWith(QLatin1Char('\n')))
                body.chop(1);
            for (const QString &line : body.split(QLatin1Char('\n')))
                out += '\n' + (line.isEmpty() ? QByteArray() : pad + line.toUtf8());
            return out;
        }
        // The user's quoting is kept, except the '' or "" of an empty placeholder.
        const bool emptyBefore =
            tokenStart + 1 < m_text.size() && m_text.at(tokenStart + 1) == first;
        if (first == '"' && !emptyBefore)
            return YamlWriter::doubleQuoted(s);
        if (first == '\'' && !emptyBefore && !s.contains(QLatin1Char('\n'))) {
            QString q = s;
            q.replace(QLatin1Char('\''), QLatin1String("''"));
            return "'" + q.toUtf8() + "'";
        }
    }
    return YamlWriter::scalar(value);
}

bool YamlTextEditor::commit(const QByteArray &candidate, const Path &checkPath,
                            const Value *expected)
{
    Value root;
    if (!read(candidate, root))
        return fail(tr("the edit of %1 would make the file unreadable; it was not made")
                        .arg(pathText(checkPath)));
    Location got;
    if (expected && (!locateIn(root, checkPath, got) || *got.value != *expected))
        return fail(tr("%1 cannot be changed in place without rewriting other lines; "
                       "change it in the source view")
                        .arg(pathText(checkPath)));
    setText(candidate);
    m_error.clear();
    return true;
}

bool YamlTextEditor::setValue(const Path &path, const Value &value)
{
    if (!m_parses)
        return fail(tr("the file does not read as YAML; fix it in the source view first"));
    if (path.isEmpty()) {
        QByteArray out = YamlWriter::writeInOrder(value, 0);
        return commit(out, path, &value);
    }
    Location loc;
    if (!locate(path, loc))
        return insertEntry(path.mid(0, path.size() - 1), path.last(), value);
    return replaceAt(loc, path, value);
}

bool YamlTextEditor::replaceAt(const Location &loc, const Path &path, const Value &value)
{
    const Value &old = *loc.value;
    const int start = offsetOf(old.mark());
    const bool flow = inFlow(loc);
    const bool newBlock = isNonEmptyCollection(value);
    const char first = start >= 0 && start < m_text.size() ? m_text.at(start) : 0;
    const bool oldFlowCollection = (old.isMap() || old.isList()) && (first == '[' || first == '{');
    const bool oldBlockCollection = isNonEmptyCollection(old) && !oldFlowCollection;

    int ownerIndent = 0;
    int vs = start;
    int ve = start;
    bool needsSpace = false;
    if (loc.entry) {
        const int keyStart = offsetOf(loc.entry->keyMark);
        const int parentStart = offsetOf(loc.parent->mark());
        if (keyStart < 0 || start < keyStart || keyStart < parentStart)
            return fail(tr("%1 comes from an alias or a merge (<<); change it where it is "
                           "defined, in the source view")
                            .arg(pathText(path)));
        ownerIndent = columnOf(keyStart);
        const int colon = colonAfterKey(keyStart, flow);
        if (colon < 0)
            return fail(tr("cannot find the ':' after the key %1").arg(pathText(path)));
        const bool emptyNull = old.isNull() && (start <= colon || lineOf(start) != lineOf(colon) ||
                                                !QByteArray("~nN").contains(first));
        if (emptyNull) {
            vs = ve = colon + 1;
            needsSpace = true;
        } else {
            if (oldBlockCollection) {
                vs = colon + 1;
                needsSpace = true;
            }
            ve = valueEnd(old, start, ownerIndent, true, flow);
        }
        if (newBlock && !flow && !(oldFlowCollection && isFlat(value))) {
            const int indent = oldBlockCollection ? columnOf(start) : ownerIndent + 2;
            vs = colon + 1;
            QByteArray text = '\n' + YamlWriter::writeInOrder(value, indent);
            text.chop(1);
            return commit(m_text.left(vs) + text + m_text.mid(ve), path, &value);
        }
    } else if (loc.parent) {
        const int listStart = offsetOf(loc.parent->mark());
        if (start < 0 || start < listStart)
            return fail(tr("%1 comes from an alias; change it where it is defined, in the "
                           "source view")
                            .arg(pathText(path)));
        ownerIndent = columnOf(listStart);
        const bool emptyNull = old.isNull() && !QByteArray("~nN").contains(first);
        if (emptyNull && !flow) {
            // "-" alone on its line: the value goes after the dash.
            const int dash = m_text.lastIndexOf('-', start);
            vs = ve = dash + 1;
            needsSpace = true;
        } else {
            ve = valueEnd(old, start, ownerIndent, false, flow);
        }
        if (newBlock && !flow && !(oldFlowCollection && isFlat(value))) {
            const int indent = needsSpace ? ownerIndent + 2 : columnOf(vs);
            QByteArray text = YamlWriter::writeInOrder(value, indent).mid(indent);
            text.chop(1);
            if (needsSpace)
                text.prepend(' ');
            return commit(m_text.left(vs) + text + m_text.mid(ve), path, &value);
        }
    } else {
        return fail(tr("the whole document cannot be replaced here"));
    }
    QByteArray text = (newBlock || oldFlowCollection) && !flow
                          ? YamlWriter::flow(value)
                          : scalarText(value, start, ownerIndent, flow);
    if (value.isMap() && value.size() == 0)
        text = "{}";
    else if (value.isList() && value.size() == 0)
        text = "[]";
    if (needsSpace)
        text.prepend(' ');
    return commit(m_text.left(vs) + text + m_text.mid(ve), path, &value);
}

bool YamlTextEditor::insertEntry(const Path &mapPath, const QString &key, const Value &value)
{
    Location loc;
    const bool exists = locate(mapPath, loc);
    Path path = mapPath;
    path << key;
    if (exists && !loc.value->isMap() && !loc.value->isNull())
        return fail(tr("%1 is a %2, not a mapping; %3 cannot be added to it")
                        .arg(mapPath.isEmpty() ? tr("the document") : pathText(mapPath),
                             loc.value->typeName(), key));
    if (!exists || loc.value->size() == 0) {
        Value m = Value::map();
        m.insert(key, value);
        if (mapPath.isEmpty()) {
            // An empty document (perhaps only comments): the entry goes at the end.
            QByteArray text = m_text;
            if (!text.isEmpty() && !text.endsWith('\n'))
                text += '\n';
            return commit(text + YamlWriter::writeInOrder(m, 0), path, &value);
        }
        return setValue(mapPath, m);
    }
    const Value &map = *loc.value;
    const int mapStart = offsetOf(map.mark());
    if (mapStart >= 0 && m_text.at(mapStart) == '{')
        return commit(insertedBeforeClose(mapStart, YamlWriter::scalar(Value::string(key)) + ": " +
                                                        YamlWriter::flow(value)),
                      path, &value);
    const int firstKey = offsetOf(map.entries().front().keyMark);
    const int lastKey = offsetOf(map.entries().back().keyMark);
    if (firstKey < mapStart || lastKey < firstKey)
        return fail(tr("%1 is built with an alias or a merge (<<); add %2 in the source view")
                        .arg(pathText(mapPath), key));
    const int indent = columnOf(firstKey);
    const int end = contentEnd(lastKey, columnOf(lastKey), map.entries().back().value.isList());
    Value entry = Value::map();
    entry.insert(key, value);
    QByteArray text = '\n' + YamlWriter::writeInOrder(entry, indent);
    text.chop(1);
    return commit(m_text.left(end) + text + m_text.mid(end), path, &value);
}

bool YamlTextEditor::append(const Path &listPath, const Value &item)
{
    if (!m_parses)
        return fail(tr("the file does not read as YAML; fix it in the source view first"));
    Location loc;
    const bool exists = locate(listPath, loc);
    if (exists && !loc.value->isList() && !loc.value->isNull())
        return fail(tr("%1 is a %2, not a list").arg(pathText(listPath), loc.value->typeName()));
    Path itemPath = listPath;
    if (!exists || loc.value->size() == 0) {
        itemPath << QStringLiteral("0");
        return setValue(listPath, Value::list({item}));
    }
    const Value &list = *loc.value;
    itemPath << QString::number(list.size());
    const int listStart = offsetOf(list.mark());
    if (listStart >= 0 && m_text.at(listStart) == '[')
        return commit(insertedBeforeClose(listStart, YamlWriter::flow(item)), itemPath, &item);
    const int lastStart = offsetOf(list.items().back().mark());
    if (lastStart < listStart)
        return fail(
            tr("%1 ends with an alias; add the item in the source view").arg(pathText(listPath)));
    const int dashIndent = columnOf(listStart);
    const int end = contentEnd(lastStart, dashIndent, false);
    QByteArray text = '\n' + YamlWriter::writeInOrder(Value::list({item}), dashIndent);
    text.chop(1);
    return commit(m_text.left(end) + text + m_text.mid(end), itemPath, &item);
}

bool YamlTextEditor::remove(const Path &path)
{
    if (!m_parses)
        return fail(tr("the file does not read as YAML; fix it in the source view first"));
    Location loc;
    if (path.isEmpty() || !locate(path, loc))
        return fail(tr("%1 is not in the file").arg(pathText(path)));
    const Path parentPath = path.mid(0, path.size() - 1);
    Value without = *loc.parent;
    if (loc.entry)
        without.remove(loc.entry->key);
    else
        without.itemsRef().erase(without.itemsRef().begin() + loc.index);
    if (without.size() == 0) {
        if (parentPath.isEmpty())
            return commit(QByteArray(), parentPath, nullptr);
        return setValue(parentPath, emptyLike(without));
    }
    const int start = loc.entry ? offsetOf(loc.entry->keyMark) : offsetOf(loc.value->mark());
    const int parentStart = offsetOf(loc.parent->mark());
    const bool lineOwned =
        loc.entry ? onlySpacesBefore(start, false) : onlySpacesBefore(start, true);
    if (inFlow(loc) || !lineOwned || start < parentStart) {
        if (parentPath.isEmpty())
            return fail(tr("%1 cannot be removed in place; remove it in the source view")
                            .arg(pathText(path)));
        return setValue(parentPath, without);
    }
    const int ownerIndent = loc.entry ? columnOf(start) : columnOf(parentStart);
    const int end = contentEnd(start, ownerIndent, loc.entry && loc.value->isList());
    const int from = lineStart(start);
    QByteArray candidate;
    if (end < m_text.size())
        candidate = m_text.left(from) + m_text.mid(end + 1);
    else
        candidate = m_text.left(std::max(0, from - 1)) + m_text.mid(end);
    if (parentPath.isEmpty()) {
        Value root;
        if (!read(candidate, root) || root != without)
            return fail(tr("%1 cannot be removed in place; remove it in the source view")
                            .arg(pathText(path)));
        setText(candidate);
        m_error.clear();
        return true;
    }
    return commit(candidate, parentPath, &without);
}

bool YamlTextEditor::renameKey(const Path &path, const QString &newKey)
{
    if (!m_parses)
        return fail(tr("the file does not read as YAML; fix it in the source view first"));
    Location loc;
    if (path.isEmpty() || !locate(path, loc) || !loc.entry)
        return fail(tr("%1 is not a key in the file").arg(pathText(path)));
    if (loc.parent->contains(newKey))
        return fail(tr("%1 already exists next to %2").arg(newKey, pathText(path)));
    const int keyStart = offsetOf(loc.entry->keyMark);
    if (keyStart < offsetOf(loc.parent->mark()))
        return fail(
            tr("%1 comes from a merge (<<); rename it where it is defined").arg(pathText(path)));
    const bool flow = inFlow(loc);
    const int keyEnd = plainEnd(keyStart, flow, true);
    Value renamed = Value::map();
    for (const Value::Entry &e : loc.parent->entries())
        renamed.appendEntry(e.key == loc.entry->key ? newKey : e.key, e.value);
    const QByteArray candidate =
        m_text.left(keyStart) + YamlWriter::scalar(Value::string(newKey)) + m_text.mid(keyEnd);
    const Path parentPath = path.mid(0, path.size() - 1);
    Value root;
    if (!read(candidate, root))
        return fail(tr("renaming %1 would make the file unreadable").arg(pathText(path)));
    // Value equality ignores key order; a rename must also keep the key's place.
    Location parent;
    if (!locateIn(root, parentPath, parent) || !parent.value->isMap() ||
        parent.value->size() != renamed.size())
        return fail(tr("%1 cannot be renamed in place").arg(pathText(path)));
    for (int i = 0; i < renamed.size(); ++i) {
        const auto &a = parent.value->entries()[size_t(i)];
        const auto &b = renamed.entries()[size_t(i)];
        if (a.key != b.key || a.value != b.value)
            return fail(tr("%1 cannot be renamed in place").arg(pathText(path)));
    }
    setText(candidate);
    m_error.clear();
    return true;
}

} // namespace hive
