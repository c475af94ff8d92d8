#include "gui/shell/guide_dialog.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
// Enter finds the next match, Shift+Enter the previous one.
class FindField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool backwards)> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};
} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent), m_document(new QComboBox(this)), m_contents(new QListWidget(this)),
      m_browser(new QTextBrowser(this)), m_find(new FindField(this)), m_findStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("Documentation"));
    resize(960, 720);
    m_document->setObjectName(QStringLiteral("guideDocument"));
    m_document->addItem(tr("Guide to the app"), int(Document::Guide));
    m_document->addItem(tr("Guide to the app in Japanese (日本語)"), int(Document::OtherGuide));
    m_document->addItem(tr("README (English)"), int(Document::Readme));
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenLinks(false);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find (Ctrl+F; Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    m_findStatus->setObjectName(QStringLiteral("guideFindStatus"));
    m_findStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *documentLabel = new QLabel(tr("&Document:"), this);
    documentLabel->setBuddy(m_document);
    auto *top = new QHBoxLayout;
    top->addWidget(documentLabel);
    top->addWidget(m_document);
    top->addSpacing(12);
    top->addWidget(m_find, 1);
    top->addWidget(m_findStatus);
    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_document, &QComboBox::activated, this,
            [this] { showDocument(Document(m_document->currentData().toInt())); });
    connect(m_contents, &QListWidget::currentRowChanged, this, &GuideDialog::goToSection);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Web pages open in the browser; the README's links to files of the
        // source tree have nothing to open here.
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    static_cast<FindField *>(m_find)->onEnter = [this](bool backwards) {
        find(m_find->text(), backwards);
    };
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        // As you type: from the start of the document.
        QTextCursor c = m_browser->textCursor();
        c.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(c);
        if (text.isEmpty())
            m_findStatus->clear();
        else
            find(text);
    });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    showDocument(Document::Guide);
    m_browser->setFocus();
}

QString GuideDialog::resourceOf(Document document, const QString &language)
{
    const bool ja = language == QLatin1String("ja");
    switch (document) {
    case Document::Guide:
        return ja ? QStringLiteral(":/docs/guide.ja.md") : QStringLiteral(":/docs/guide.en.md");
    case Document::OtherGuide:
        return ja ? QStringLiteral(":/docs/guide.en.md") : QStringLiteral(":/docs/guide.ja.md");
    case Document::Readme:
        break;
    }
    return QStringLiteral(":/docs/README.md");
}

void GuideDialog::showDocument(Document document)
{
    m_document->setCurrentIndex(std::max(0, m_document->findData(int(document))));
    //: The language of the guide shown first: "ja" in the Japanese translation.
    load(resourceOf(document, tr("en")));
}

void GuideDialog::load(const QString &resource)
{
    QFile f(resource);
    m_browser->setMarkdown(f.open(QIODevice::ReadOnly)
                               ? QString::fromUtf8(f.readAll())
                               : tr("%1 is missing from this build.").arg(resource));
    m_contents->blockSignals(true);
    m_contents->clear();
    m_sectionPositions.clear();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        // The sections (the title is the document's own name); subsections
        // indented.
        const int level = b.blockFormat().headingLevel();
        if (level < 2 || level > 3)
            continue;
        auto *item = new QListWidgetItem(b.text(), m_contents);
        if (level == 3) {
            QFont small = item->font();
            small.setPointSizeF(small.pointSizeF() * 0.92);
            item->setFont(small);
            item->setText(QStringLiteral("    ") + b.text());
        }
        m_sectionPositions << b.position();
    }
    m_contents->blockSignals(false);
    m_browser->verticalScrollBar()->setValue(0);
    if (!m_find->text().isEmpty())
        find(m_find->text());
}

QStringList GuideDialog::sections() const
{
    QStringList out;
    for (int i = 0; i < m_contents->count(); ++i)
        out << m_contents->item(i)->text().trimmed();
    return out;
}

void GuideDialog::goToSection(int index)
{
    if (index < 0 || index >= m_sectionPositions.size())
        return;
    QTextCursor c(m_browser->document());
    c.setPosition(m_sectionPositions.at(index));
    m_browser->setTextCursor(c);
    // The heading at the top of the view.
    const QTextBlock block = m_browser->document()->findBlock(m_sectionPositions.at(index));
    m_browser->verticalScrollBar()->setValue(
        int(m_browser->document()->documentLayout()->blockBoundingRect(block).top()));
}

bool GuideDialog::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Once round: from the other end.
        QTextCursor c = m_browser->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(c);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("not found"));
    return found;
}

} // namespace hive::gui
