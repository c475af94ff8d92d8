#include "data/yaml_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cmath>
#include <istream>
#include <limits>
#include <streambuf>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace hive {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hive::YamlReader", text);
}

SourceMark markOf(const YAML::Mark &m, const QString &file)
{
    SourceMark mark;
    mark.file = file;
    if (m.line >= 0 && m.pos >= 0) {
        mark.line = m.line + 1;
        mark.column = m.column + 1;
    }
    return mark;
}

// Deepest nesting of flow collections ([ and {), outside quoted text. yaml-cpp
// parses recursively, so a file of ten thousand '[' would overflow the stack
// before any of our own limits could act. (Nesting by indentation is bounded by
// the converter's depth limit.)
int flowNestingDepth(const QByteArray &bytes)
{
    int depth = 0;
    int deepest = 0;
    char quote = 0;
    bool comment = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            comment = false;
            continue;
        }
        if (comment)
            continue;
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        switch (c) {
        case '#':
            comment = true;
            break;
        case '"':
        case '\'':
            // Only a quote that starts a scalar opens quoted text; inside plain text
            // (it's) it is an ordinary character.
            if (i == 0 || QByteArrayView(" \t[{,:-\n").contains(bytes.at(i - 1)))
                quote = c;
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++depth);
            break;
        case ']':
        case '}':
            depth = std::max(0, depth - 1);
            break;
        default:
            break;
        }
    }
    return deepest;
}

// What the raw text says about documents, independent of yaml-cpp: a line
// that starts with "---" or "..." at column 0 is always a document marker
// (block scalars are indented, and quoted scalars may not contain markers).
struct DocumentScan
{
    int secondDocumentLine = 0; // line of a second document, 0 if none
    int firstContentLine = 0;   // first line with anything but comments and markers
    QString firstContent;
};

DocumentScan scanDocuments(const QByteArray &bytes)
{
    DocumentScan scan;
    bool content = false;
    bool ended = false;
    int line = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        ++line;
        const QByteArray l = raw.endsWith('\r') ? raw.chopped(1) : raw;
        auto isMarker = [&](const char *m) {
            return l.startsWith(m) && (l.size() == 3 || l.at(3) == ' ' || l.at(3) == '\t');
        };
        QByteArray rest;
        if (isMarker("---")) {
            if (content || ended) {
                scan.secondDocumentLine = line;
                return scan;
            }
            rest = l.mid(3).trimmed();
        } else if (isMarker("...")) {
            ended = content || ended;
            continue;
        } else if (!content && l.startsWith('%')) {
            continue; // a directive
        } else {
            rest = l.trimmed();
        }
        if (rest.isEmpty() || rest.startsWith('#'))
            continue;
        if (ended) {
            scan.secondDocumentLine = line;
            return scan;
        }
        if (!content) {
            scan.firstContentLine = line;
            scan.firstContent = QString::fromUtf8(rest.left(40));
        }
        content = true;
    }
    return scan;
}

// Builds the Value tree straight from yaml-cpp's parser events: no node
// graph in between, which took most of the reading time and memory of a
// large inventory. Aliases are copies of the anchored Value (shared, so
// cheap); the values they stand for still count towards the limit, so an
// alias bomb is refused as before.
class TreeBuilder : public YAML::EventHandler
{
    // lupdate files these messages under hive::TreeBuilder; look them up there.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("hive::TreeBuilder", text);
    }

public:
    // Thrown to stop the parser once the document is refused.
    struct Refused
    {};

    TreeBuilder(const QString &file, const QByteArray &bytes, const YamlReader::Limits &limits,
                DiagnosticList &diags)
        : m_file(file), m_bytes(bytes), m_limits(limits), m_diags(diags)
    {}

    bool documentSeen() const { return m_documentSeen; }
    // The document is empty or an explicit empty node (yaml-cpp's null node).
    bool rootIsNullEvent() const { return m_rootIsNullEvent; }
    Value root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override { m_documentSeen = true; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &m, YAML::anchor_t anchor) override
    {
        const SourceMark mark = markOf(m, m_file);
        const qint64 start = enter(mark);
        if (m_stack.empty())
            m_rootIsNullEvent = true;
        complete(Value::null(mark), Node::Null, anchor, start);
    }

    void OnAlias(const YAML::Mark &m, YAML::anchor_t anchor) override
    {
        const SourceMark mark = markOf(m, m_file);
        if (anchor >= m_anchors.size() || !m_anchors[anchor].done) {
            fail(QStringLiteral("yaml-too-deep"),
                 tr("this alias stands for the value it is inside of, which would never end"),
                 mark);
        }
        const Anchored &a = m_anchors[anchor];
        m_nodes += a.nodes;
        if (m_nodes > m_limits.maxNodes)
            tooLarge(mark);
        // What an alias stands for is nested where the alias is: aliases of
        // aliases must not build a value deeper than the limit.
        refuseDeeperThanTheLimit(int(m_stack.size()) + a.height, mark);
        complete(a.value, a.node, 0, m_nodes, &mark, a.height);
    }

    void OnScalar(const YAML::Mark &m, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const SourceMark mark = markOf(m, m_file);
        const qint64 start = enter(mark);
        const bool plain = tag == "?" || tag.empty();
        complete(scalar(m, tag, value, mark),
                 plain && value == "<<" ? Node::MergeKey : Node::Scalar, anchor, start);
    }

    void OnSequenceStart(const YAML::Mark &m, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(m, anchor, false);
    }

    void OnSequenceEnd() override
    {
        Frame frame = close();
        complete(Value::list(std::move(frame.items), frame.mark), Node::Collection, frame.anchor,
                 frame.nodesAtStart, nullptr, frame.childHeight + 1);
    }

    void OnMapStart(const YAML::Mark &m, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(m, anchor, true);
    }

    void OnMapEnd() override
    {
        Frame frame = close();
        complete(finishMapping(frame), Node::Collection, frame.anchor, frame.nodesAtStart, nullptr,
                 frame.childHeight + 1);
    }

private:
    enum class Node
    {
        Null,
        Scalar,
        MergeKey, // a plain <<
        Collection
    };

    struct Anchored
    {
        Value value;
        Node node = Node::Null;
        qint64 nodes = 0;
        int height = 0; // levels below it (0: a scalar)
        bool done = false;
    };

    struct Frame
    {
        bool isMap = false;
        SourceMark mark;
        YAML::anchor_t anchor = 0;
        qint64 nodesAtStart = 0;
        int childHeight = -1; // the highest child's levels below it (-1: none yet)
        Value::List items;    // a sequence's
        // A mapping's: its own entries, those of merge keys (<<), and the key
        // read and waiting for its value.
        Value::Map own;
        Value::Map merged;
        QHash<QString, qsizetype> seen; // key -> index in own, once own is long
        bool haveKey = false;
        Node keyNode = Node::Null;
        Value key;
        SourceMark keyMark;
    };

    QString m_file;
    const QByteArray &m_bytes;
    YamlReader::Limits m_limits;
    DiagnosticList &m_diags;
    std::vector<Frame> m_stack;
    std::vector<Anchored> m_anchors; // by yaml-cpp's anchor number
    Value m_root;
    qint64 m_nodes = 0;
    bool m_documentSeen = false;
    bool m_rootIsNullEvent = false;

    // A sequence or mapping starts: a frame for its items.
    void open(const YAML::Mark &m, YAML::anchor_t anchor, bool isMap)
    {
        const SourceMark mark = markOf(m, m_file);
        Frame frame;
        frame.nodesAtStart = enter(mark);
        frame.mark = mark;
        frame.anchor = anchor;
        frame.isMap = isMap;
        m_stack.push_back(std::move(frame));
    }

    Frame close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        return frame;
    }

    // Counts a new node at the current depth; returns the count before it.
    qint64 enter(const SourceMark &mark)
    {
        const qint64 before = m_nodes;
        if (++m_nodes > m_limits.maxNodes)
            tooLarge(mark);
        refuseDeeperThanTheLimit(int(m_stack.size()), mark);
        return before;
    }

    // A value whose deepest part is `depth` levels down.
    void refuseDeeperThanTheLimit(int depth, const SourceMark &mark)
    {
        if (depth > m_limits.maxDepth)
            fail(QStringLiteral("yaml-too-deep"),
                 tr("values are nested more than %1 levels deep").arg(m_limits.maxDepth), mark);
    }

    void tooLarge(const SourceMark &mark)
    {
        fail(QStringLiteral("yaml-too-large"),
             tr("the document expands to more than %1 values (an alias bomb?)")
                 .arg(m_limits.maxNodes),
             mark);
    }

    [[noreturn]] void fail(const QString &code, const QString &message, const SourceMark &mark)
    {
        m_diags.error(code, message, mark);
        throw Refused{};
    }

    // A finished node goes to its anchor (if any) and then to its parent.
    // `at`: where the node was written, when that is not the value's own mark
    // (an alias).
    void complete(const Value &value, Node node, YAML::anchor_t anchor, qint64 nodesAtStart,
                  const SourceMark *at = nullptr, int height = 0)
    {
        if (anchor > 0) {
            if (anchor >= m_anchors.size())
                m_anchors.resize(anchor + 1);
            m_anchors[anchor] = Anchored{value, node, m_nodes - nodesAtStart, height, true};
        }
        if (m_stack.empty()) {
            m_root = value;
            return;
        }
        Frame &parent = m_stack.back();
        parent.childHeight = std::max(parent.childHeight, height);
        if (!parent.isMap) {
            parent.items.push_back(value);
            return;
        }
        if (!parent.haveKey) {
            parent.haveKey = true;
            parent.key = value;
            parent.keyNode = node;
            parent.keyMark = at ? *at : value.mark();
            return;
        }
        parent.haveKey = false;
        addEntry(parent, value);
    }

    // The quote character when the quoted scalar starting at byte `pos`
    // has no closing quote before the end of the file; 0 otherwise (also
    // for block scalars).
    char unclosedQuote(int pos) const
    {
        if (pos < 0 || pos >= m_bytes.size())
            return 0;
        const char quote = m_bytes.at(pos);
        if (quote != '"' && quote != '\'')
            return 0;
        for (int i = pos + 1; i < m_bytes.size(); ++i) {
            const char c = m_bytes.at(i);
            if (quote == '"' && c == '\\') {
                ++i; // an escape: the next character is not the end
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < m_bytes.size() && m_bytes.at(i + 1) == '\'') {
                    ++i; // '' is a quote inside a single-quoted scalar
                    continue;
                }
                return 0;
            }
        }
        return quote;
    }

    Value scalar(const YAML::Mark &m, const std::string &tag, const std::string &value,
                 const SourceMark &mark)
    {
        const QString text = QString::fromStdString(value);
        if (tag == "?" || tag.empty())
            return YamlReader::resolvePlainScalar(text, mark);
        if (tag == "!") {
            // yaml-cpp 0.7 takes a quoted scalar that runs to the end of the
            // file as if it were closed (`image: "nginx:1`): an error here.
            if (const char quote = unclosedQuote(int(m.pos))) {
                fail(QStringLiteral("yaml-syntax"),
                     tr("YAML syntax error: the quoted string that starts here is never closed; "
                        "add the closing %1")
                         .arg(QLatin1Char(quote)),
                     mark);
            }
            return Value::string(text, mark); // quoted or block scalar
        }
        static const std::string core = "tag:yaml.org,2002:";
        if (tag.rfind(core, 0) == 0) {
            const std::string kind = tag.substr(core.size());
            if (kind == "str")
                return Value::string(text, mark);
            Value typed = YamlReader::resolvePlainScalar(text, mark);
            const bool fits = (kind == "int" && typed.isInt()) ||
                              (kind == "float" && (typed.isDouble() || typed.isInt())) ||
                              (kind == "bool" && typed.isBool()) ||
                              (kind == "null" && typed.isNull());
            if (kind == "float" && typed.isInt())
                return Value::real(double(typed.toInt()), mark);
            if (fits)
                return typed;
            m_diags.error(QStringLiteral("yaml-bad-tag"),
                          tr("'%1' cannot be read as !!%2").arg(text, QString::fromStdString(kind)),
                          mark);
            return Value::string(text, mark);
        }
        // Application tags such as Ansible's !unsafe or !vault keep their text.
        return Value::string(text, mark);
    }

    static QString keyText(const Value &key)
    {
        switch (key.type()) {
        case Value::Type::Null:
            return QStringLiteral("null");
        case Value::Type::Bool:
            return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return key.scalarText();
        }
    }

    void mergeInto(Value::Map &merged, const Value &source, const SourceMark &mark)
    {
        auto addMissing = [&](const Value &m) {
            for (const Value::Entry &e : m.entries()) {
                const bool present =
                    std::any_of(merged.begin(), merged.end(),
                                [&](const Value::Entry &x) { return x.key == e.key; });
                if (!present)
                    merged.push_back(e);
            }
        };
        if (source.isMap()) {
            addMissing(source);
        } else if (source.isList()) {
            for (const Value &item : source.items()) {
                if (item.isMap())
                    addMissing(item);
                else
                    m_diags.error(QStringLiteral("yaml-bad-merge"),
                                  tr("a merge key (<<) takes a mapping or a list of mappings"),
                                  item.mark());
            }
        } else {
            m_diags.error(QStringLiteral("yaml-bad-merge"),
                          tr("a merge key (<<) takes a mapping or a list of mappings"), mark);
        }
    }

    void addEntry(Frame &frame, const Value &val)
    {
        constexpr size_t kLinearKeys = 16;
        Value::Map &own = frame.own;
        if (frame.keyNode == Node::Collection) {
            m_diags.error(QStringLiteral("yaml-complex-key"),
                          tr("a mapping key must be a plain value, not a list or mapping"),
                          frame.keyMark);
            return;
        }
        if (frame.keyNode == Node::MergeKey) {
            mergeInto(frame.merged, val, frame.keyMark);
            return;
        }
        const QString text = keyText(frame.key);
        // A long mapping (a file's services) looks its keys up in a hash:
        // comparing each key with every earlier one grew as its square.
        auto dup = own.end();
        if (own.size() < kLinearKeys) {
            dup = std::find_if(own.begin(), own.end(),
                               [&](const Value::Entry &e) { return e.key == text; });
        } else {
            if (frame.seen.isEmpty()) {
                for (qsizetype i = 0; i < qsizetype(own.size()); ++i)
                    frame.seen.insert(own[size_t(i)].key, i);
            }
            const auto at = frame.seen.constFind(text);
            if (at != frame.seen.cend())
                dup = own.begin() + *at;
        }
        if (dup != own.end()) {
            Diagnostic &d = m_diags.error(
                QStringLiteral("yaml-duplicate-key"),
                tr("duplicate key '%1' (first defined on line %2); YAML keeps only one of "
                   "them, so one definition would be silently lost")
                    .arg(text)
                    .arg(dup->keyMark.line),
                frame.keyMark);
            d.key = text;
            dup->value = val; // last one wins, as in PyYAML
            return;
        }
        if (!frame.seen.isEmpty())
            frame.seen.insert(text, qsizetype(own.size()));
        own.push_back(Value::Entry{text, val, frame.keyMark});
    }

    static Value finishMapping(Frame &frame)
    {
        // Keys from a merge come first, explicit keys override them (PyYAML order).
        if (!frame.merged.empty()) {
            Value::Map result;
            for (const Value::Entry &e : frame.merged) {
                const bool overridden =
                    std::any_of(frame.own.begin(), frame.own.end(),
                                [&](const Value::Entry &x) { return x.key == e.key; });
                if (!overridden)
                    result.push_back(e);
            }
            for (Value::Entry &e : frame.own)
                result.push_back(std::move(e));
            return Value::map(std::move(result), frame.mark);
        }
        return Value::map(std::move(frame.own), frame.mark);
    }
};

// An istream over bytes already in memory (no copy into a std::string).
class ByteStreamBuffer : public std::streambuf
{
public:
    explicit ByteStreamBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

// Removes a leading sign and returns it as 1 or -1.
int takeSign(QString &s)
{
    if (s.startsWith(QLatin1Char('-'))) {
        s.remove(0, 1);
        return -1;
    }
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    return 1;
}

bool parseDigits(const QString &digits, int base, qint64 &out)
{
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok, base);
    if (ok)
        out = v;
    return ok;
}

} // namespace

Value YamlReader::resolvePlainScalar(const QString &text, const SourceMark &mark)
{
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
        text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return Value::null(mark);

    static const QStringList trues = {
        QStringLiteral("yes"),  QStringLiteral("Yes"),  QStringLiteral("YES"),
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
        QStringLiteral("on"),   QStringLiteral("On"),   QStringLiteral("ON")};
    static const QStringList falses = {
        QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
        QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("off"),   QStringLiteral("Off"),   QStringLiteral("OFF")};
    if (trues.contains(text))
        return Value::boolean(true, mark);
    if (falses.contains(text))
        return Value::boolean(false, mark);

    const QChar first = text.at(0);
    if (!(first.isDigit() || first == QLatin1Char('-') || first == QLatin1Char('+') ||
          first == QLatin1Char('.')))
        return Value::string(text, mark);

    static const QRegularExpression intRe(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    static const QRegularExpression floatRe(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)"
        "|\\.(?:nan|NaN|NAN))$"));

    if (intRe.match(text).hasMatch()) {
        QString s = text;
        s.remove(QLatin1Char('_'));
        const int sign = takeSign(s);
        qint64 v = 0;
        bool ok = false;
        if (s == QLatin1String("0")) {
            ok = true;
        } else if (s.startsWith(QLatin1String("0b"))) {
            ok = parseDigits(s.mid(2), 2, v);
        } else if (s.startsWith(QLatin1String("0x"))) {
            ok = parseDigits(s.mid(2), 16, v);
        } else if (s.startsWith(QLatin1Char('0'))) {
            ok = parseDigits(s, 8, v);
        } else if (s.contains(QLatin1Char(':'))) {
            ok = true;
            for (const QString &part : s.split(QLatin1Char(':'))) {
                qint64 digit = 0;
                if (!parseDigits(part, 10, digit) ||
                    v > (std::numeric_limits<qint64>::max() - digit) / 60) {
                    ok = false;
                    break;
                }
                v = v * 60 + digit;
            }
        } else {
            ok = parseDigits(s, 10, v);
        }
        if (ok)
            return Value::integer(sign * v, mark);
        return Value::string(text, mark); // beyond 64 bits: keep the text
    }

    if (floatRe.match(text).hasMatch()) {
        QString s = text;
        s.remove(QLatin1Char('_'));
        const QString lower = s.toLower();
        if (lower.endsWith(QLatin1String(".inf")))
            return Value::real(lower.startsWith(QLatin1Char('-'))
                                   ? -std::numeric_limits<double>::infinity()
                                   : std::numeric_limits<double>::infinity(),
                               mark);
        if (lower == QLatin1String(".nan"))
            return Value::real(std::numeric_limits<double>::quiet_NaN(), mark);
        if (s.contains(QLatin1Char(':'))) {
            const int sign = takeSign(s);
            double v = 0;
            for (const QString &part : s.split(QLatin1Char(':')))
                v = v * 60 + part.toDouble();
            return Value::real(sign * v, mark);
        }
        if (s.endsWith(QLatin1Char('.')))
            s += QLatin1Char('0');
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok)
            return Value::real(d, mark);
    }
    return Value::string(text, mark);
}

bool YamlReader::readFileBytes(const QString &path, QByteArray &out, DiagnosticList &diags) const
{
    const SourceMark fileMark{path, 0, 0};
    QFileInfo info(path);
    if (!info.exists()) {
        diags.error(QStringLiteral("file-missing"), tr("file not found"), fileMark);
        return false;
    }
    if (info.size() > m_limits.maxFileBytes) {
        diags.error(QStringLiteral("file-too-large"),
                    tr("file is %1 bytes; files over %2 bytes are not read")
                        .arg(info.size())
                        .arg(m_limits.maxFileBytes),
                    fileMark);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diags.error(QStringLiteral("file-unreadable"),
                    tr("cannot read the file: %1").arg(file.errorString()), fileMark);
        return false;
    }
    out = file.read(m_limits.maxFileBytes + 1);
    return true;
}

YamlReader::Result YamlReader::readFile(const QString &path, DiagnosticList &diags) const
{
    QByteArray bytes;
    if (!readFileBytes(path, bytes, diags))
        return {};
    return readBytes(bytes, path, diags);
}

YamlReader::Result YamlReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                         DiagnosticList &diags) const
{
    Result result;
    const SourceMark fileMark{fileName, 0, 0};
    if (bytes.size() > m_limits.maxFileBytes) {
        diags.error(QStringLiteral("file-too-large"),
                    tr("file is larger than %1 bytes and is not read").arg(m_limits.maxFileBytes),
                    fileMark);
        return result;
    }
    if (bytes.contains('\0')) {
        diags.error(QStringLiteral("file-binary"),
                    tr("file contains NUL bytes: this is binary data, not YAML"), fileMark);
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Both decode() and operator() are lazy: only the conversion to QString decodes.
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded)
    if (decoder.hasError()) {
        int line = 1;
        for (const QByteArray &l : bytes.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString lineText = probe.decode(l + '\n'); // a line break ends any sequence
            Q_UNUSED(lineText)
            if (probe.hasError())
                break;
            ++line;
        }
        diags.error(QStringLiteral("file-not-utf8"), tr("file is not UTF-8 text; save it as UTF-8"),
                    SourceMark{fileName, line, 1});
        return result;
    }
    if (flowNestingDepth(bytes) > m_limits.maxDepth) {
        diags.error(QStringLiteral("yaml-too-deep"),
                    tr("brackets are nested more than %1 levels deep").arg(m_limits.maxDepth),
                    fileMark);
        return result;
    }

    // Only ever one YAML::Load: yaml-cpp 0.7's LoadAll loops for ever on input
    // such as ",:" (fixed upstream after 0.7.0, yaml-cpp PR #1319).
    const DocumentScan scan = scanDocuments(bytes);
    if (scan.secondDocumentLine > 0) {
        diags.error(QStringLiteral("yaml-multiple-documents"),
                    tr("a second YAML document starts here; a file may hold only one"),
                    SourceMark{fileName, scan.secondDocumentLine, 1});
        return result;
    }
    DiagnosticList local;
    TreeBuilder builder(fileName, bytes, m_limits, local);
    try {
        ByteStreamBuffer buffer(bytes);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
    } catch (const TreeBuilder::Refused &) {
        diags.append(local);
        return result;
    } catch (const YAML::Exception &e) {
        diags.error(QStringLiteral("yaml-syntax"),
                    tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
                    markOf(e.mark, fileName));
        return result;
    } catch (const std::exception &e) {
        diags.error(QStringLiteral("yaml-syntax"),
                    tr("YAML cannot be read: %1").arg(QString::fromUtf8(e.what())), fileMark);
        return result;
    }
    if (!builder.documentSeen() || builder.rootIsNullEvent()) {
        static const QStringList nullSpellings = {QStringLiteral("~"), QStringLiteral("null"),
                                                  QStringLiteral("Null"), QStringLiteral("NULL")};
        if (scan.firstContentLine > 0 && !nullSpellings.contains(scan.firstContent)) {
            // yaml-cpp reads some invalid input (a leading ',') as an empty document.
            diags.error(QStringLiteral("yaml-syntax"),
                        tr("YAML syntax error: unexpected '%1'").arg(scan.firstContent),
                        SourceMark{fileName, scan.firstContentLine, 1});
            return result;
        }
        result.ok = true;
        result.empty = scan.firstContentLine == 0;
        result.root = Value::null(fileMark);
        diags.append(local);
        return result;
    }
    result.root = builder.root();
    // Duplicate keys and bad merges are errors, but the tree is still usable, so the
    // caller can go on and report the other problems of the file too. (A refusal
    // stopped the parser above.)
    result.ok = true;
    diags.append(local);
    return result;
}

} // namespace hive
