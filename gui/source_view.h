#pragma once

#include <QPlainTextEdit>

namespace hive::gui {

// A project file as text, with line numbers in the margin and the line of
// interest highlighted: where Problems and the project tree take the user.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);
    bool load(const QString &path, QString &error);
    const QString &path() const { return m_path; }
    void goToLine(int line, int column = 1);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class LineNumberArea;
    LineNumberArea *m_lineNumbers;
    QString m_path;

    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
};

} // namespace hive::gui
