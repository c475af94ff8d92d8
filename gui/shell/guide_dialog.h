#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace hive::gui {

// Help › Documentation: the guide to the app (Japanese and English) and the
// README, built into the app so they are there offline and match this
// version. A contents list of the sections, and a find field (Ctrl+F; Enter
// and Shift+Enter for the next and previous match).
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Document
    {
        Guide,      // in the language the window shows
        OtherGuide, // in the other language
        Readme,     // README.md (English, with a Japanese summary)
    };
    explicit GuideDialog(QWidget *parent = nullptr);

    void showDocument(Document document);
    // The section headings of the shown document, in order.
    QStringList sections() const;
    void goToSection(int index);
    // Finds the text from the cursor on (wrapping once); false: not found.
    bool find(const QString &text, bool backwards = false);
    QTextBrowser *browser() const { return m_browser; }
    // The resource path of each document, for the window's language.
    static QString resourceOf(Document document, const QString &language);

private:
    void load(const QString &resource);

    QComboBox *m_document;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QList<int> m_sectionPositions;
};

} // namespace hive::gui
