#pragma once

#include "data/value.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace hive {

// Edits the text of a hand-written YAML file the way a careful person would:
// an edit replaces only the characters of the value, key or entry it is
// about, so comments, key order, quoting and blank lines everywhere else stay
// byte-for-byte identical. Every edit is checked by reading the result back;
// an edit that would not read back exactly as asked is refused with a reason
// and the text is left as it was.
class YamlTextEditor
{
public:
    // Mapping keys, and list positions as numbers ("ports", "0", "target_port").
    using Path = QStringList;

    YamlTextEditor() = default;
    explicit YamlTextEditor(const QByteArray &text, const QString &fileName = {});

    void setText(const QByteArray &text);
    const QByteArray &text() const { return m_text; }
    const QString &fileName() const { return m_fileName; }
    // The document as read; null when the text does not parse.
    const Value &root() const { return m_root; }
    bool parses() const { return m_parses; }
    // Why the last edit was refused.
    const QString &lastError() const { return m_error; }

    // The value at path, or nullptr.
    const Value *find(const Path &path) const;

    // Replaces the value at path, or adds the entry (and missing parents).
    bool setValue(const Path &path, const Value &value);
    // Removes a mapping entry or list item with its lines.
    bool remove(const Path &path);
    // Renames the key at path where it stands.
    bool renameKey(const Path &path, const QString &newKey);
    // Adds an item at the end of the list at path (created if missing).
    bool append(const Path &listPath, const Value &item);

    static QString pathText(const Path &path);
    // The path of the innermost entry or item whose text the 1-based line is
    // in (the last one starting at or before it); empty when the text does
    // not parse or the line is before the first key.
    Path pathAtLine(int line) const;

private:
    struct Location
    {
        const Value *value = nullptr;
        const Value *parent = nullptr;
        const Value::Entry *entry = nullptr; // when the parent is a mapping
        int index = -1;                      // when the parent is a list
    };

    QByteArray m_text;
    QString m_fileName;
    Value m_root;
    bool m_parses = false;
    QString m_error;
    std::vector<int> m_lineStarts;

    bool read(const QByteArray &text, Value &root) const;
    bool locate(const Path &path, Location &loc) const;
    static bool locateIn(const Value &root, const Path &path, Location &loc);
    bool fail(const QString &message);
    bool commit(const QByteArray &candidate, const Path &checkPath, const Value *expected);

    int offsetOf(const SourceMark &mark) const;
    int lineOf(int offset) const;
    int lineStart(int offset) const;
    int lineEnd(int offset) const; // position of the '\n' (or the end)
    int columnOf(int offset) const;
    bool onlySpacesBefore(int offset, bool allowDash) const;
    bool inFlow(const Location &loc) const;
    int quotedEnd(int start) const;
    int plainEnd(int start, bool flow, bool key) const;
    int matchingBracket(int start) const;
    // The text with ", element" added at the end of the flow collection opening at `open`.
    QByteArray insertedBeforeClose(int open, const QByteArray &element) const;
    int contentEnd(int start, int ownerIndent, bool listAtOwnerIndent) const;
    int colonAfterKey(int keyStart, bool flow) const;
    // Where the text of `old` (starting at `start`) ends: a flow collection's
    // bracket, a block's last line, a block scalar's last line, a scalar's end.
    int valueEnd(const Value &old, int start, int ownerIndent, bool isEntryValue, bool flow) const;

    QByteArray scalarText(const Value &value, int tokenStart, int ownerIndent, bool flow) const;
    bool replaceAt(const Location &loc, const Path &path, const Value &value);
    bool insertEntry(const Path &mapPath, const QString &key, const Value &value);
};

} // namespace hive
