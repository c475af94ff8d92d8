#pragma once

#include <QSyntaxHighlighter>

namespace hive::gui {

// Colours YAML for the source view: keys, comments, quoted strings, list
// dashes, anchors/aliases and Jinja expressions, in colours derived from the
// palette so they read well on light and dark themes.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);
    // Takes the colours from the application's palette again (the theme
    // changed) and colours the document anew.
    void followPalette();

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_punct;
    QTextCharFormat m_special;
};

} // namespace hive::gui
