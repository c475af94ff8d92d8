#include "gui/editor/difference_dialog.h"

#include "gui/run/desktop_preferences.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
// Removed lines on a red tint, added ones on a green tint, hunk headers in
// the link colour, the file header bold.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    DiffHighlighter(QTextDocument *document, const QPalette &palette) : QSyntaxHighlighter(document)
    {
        const QColor base = palette.color(QPalette::Base);
        const auto tint = [&](QColor c) {
            const double a = 0.28;
            return QColor::fromRgbF(base.redF() * (1 - a) + c.redF() * a,
                                    base.greenF() * (1 - a) + c.greenF() * a,
                                    base.blueF() * (1 - a) + c.blueF() * a);
        };
        m_removed.setBackground(tint(QColor(0xe0, 0x40, 0x40)));
        m_added.setBackground(tint(QColor(0x30, 0xb0, 0x40)));
        m_hunk.setForeground(palette.color(QPalette::Link));
        m_header.setFontWeight(QFont::Bold);
    }

protected:
    void highlightBlock(const QString &line) override
    {
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            setFormat(0, int(line.size()), m_header);
        else if (line.startsWith(QLatin1Char('+')))
            setFormat(0, int(line.size()), m_added);
        else if (line.startsWith(QLatin1Char('-')))
            setFormat(0, int(line.size()), m_removed);
        else if (line.startsWith(QLatin1String("@@")))
            setFormat(0, int(line.size()), m_hunk);
    }

private:
    QTextCharFormat m_removed, m_added, m_hunk, m_header;
};
} // namespace

DifferenceDialog::DifferenceDialog(const QString &title, const QString &intro,
                                   const QString &unifiedDiff, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("differences"));
    setWindowTitle(title);
    resize(820, 560);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("differenceText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    DesktopPreferences::useFixedFont(m_text);
    m_text->setPlainText(unifiedDiff);
    new DiffHighlighter(m_text->document(), m_text->palette());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
}

QPushButton *DifferenceDialog::addChoice(const QString &text)
{
    QPushButton *b = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    b->setAutoDefault(false);
    connect(b, &QPushButton::clicked, this, [this, b] {
        m_chosen = b;
        accept();
    });
    return b;
}

} // namespace hive::gui
