#include "gui/editor/yaml_highlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace hive::gui {

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    followPalette();
}

void YamlHighlighter::followPalette()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_comment.setForeground(dark ? QColor(0x8a, 0x99, 0x8a) : QColor(0x5f, 0x73, 0x5f));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0x9a, 0x4b, 0x00));
    m_punct.setForeground(dark ? QColor(0xc8, 0x8c, 0xe6) : QColor(0x7a, 0x2e, 0x9c));
    m_special.setForeground(dark ? QColor(0x6f, 0xd6, 0xc0) : QColor(0x00, 0x73, 0x63));
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression key(QStringLiteral(
        R"(^(\s*(?:-\s+)?)((?:"[^"]*"|'[^']*'|[^\s#'"\-?:,\[\]{}][^#:]*?))\s*:(?=\s|$))"));
    static const QRegularExpression dash(QStringLiteral(R"(^\s*(-)(?=\s|$))"));
    static const QRegularExpression quoted(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')"));
    static const QRegularExpression special(QStringLiteral(R"([&*][\w-]+|\{\{.*?\}\}|<<)"));

    auto d = dash.match(text);
    if (d.hasMatch())
        setFormat(d.capturedStart(1), 1, m_punct);
    auto k = key.match(text);
    if (k.hasMatch())
        setFormat(k.capturedStart(2), k.capturedLength(2), m_key);
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!k.hasMatch() || m.capturedStart() >= k.capturedEnd(2))
            setFormat(m.capturedStart(), m.capturedLength(), m_string);
    }
    for (auto it = special.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(m.capturedStart(), m.capturedLength(), m_special);
    }
    // A # starts a comment only outside quotes.
    int inQuote = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuote) {
            if (c.unicode() == inQuote)
                inQuote = 0;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            inQuote = c.unicode();
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(i, int(text.size()) - i, m_comment);
            break;
        }
    }
}

} // namespace hive::gui
