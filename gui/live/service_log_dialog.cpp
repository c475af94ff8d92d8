#include "gui/live/service_log_dialog.h"

#include "topology/service_log_reader.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
constexpr int kFirstLines = 300;
constexpr int kKeptLines = 20000;
} // namespace

ServiceLogDialog::ServiceLogDialog(const Project &project, const LoadedInventory &loaded,
                                   const QString &stage, const QString &service, QWidget *parent)
    : QDialog(parent), m_incoming(std::make_shared<Incoming>()),
      m_reading(this,
                [this](const QString &error, bool) {
                    take();
                    m_status->setText(error.isEmpty()
                                          ? tr("The log ended (%n line(s)).", nullptr, lineCount())
                                          : tr("Cannot read the log: %1").arg(error));
                }),
      m_filter(new QLineEdit(this)), m_follow(new QCheckBox(tr("&Follow"), this)),
      m_text(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceLogDialog"));
    setWindowTitle(tr("Log of %1 — %2").arg(service, ServiceLogReader::path(service)));
    resize(1000, 600);
    m_filter->setPlaceholderText(tr("Filter lines (node, task, text)"));
    m_filter->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep showing the newest lines"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kKeptLines);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ServiceLogDialog::refilter);

    m_status->setText(
        tr("Reading %1 on the repository server…").arg(ServiceLogReader::path(service)));
    const QPointer<ServiceLogDialog> self(this);
    const std::shared_ptr<Incoming> incoming = m_incoming;
    auto source = std::make_shared<std::pair<Project, LoadedInventory>>(project, loaded);
    m_reading.start([source, stage, service, incoming, self](const std::atomic_bool *cancel) {
        const StagePlan *plan = source->second.hive.stage(stage);
        if (!plan)
            return tr("no stage %1").arg(stage);
        QString error;
        ServiceLogReader::read(
            source->first, source->second, *plan, service, kFirstLines, true,
            [incoming, self](const QString &line) {
                bool first = false;
                {
                    std::lock_guard lock(incoming->mutex);
                    first = incoming->lines.isEmpty();
                    incoming->lines << line;
                }
                if (first)
                    QMetaObject::invokeMethod(
                        qApp,
                        [self] {
                            if (self)
                                self->take();
                        },
                        Qt::QueuedConnection);
            },
            cancel, error);
        return error;
    });
}

ServiceLogDialog::~ServiceLogDialog() = default; // the reading stops at its next line

void ServiceLogDialog::done(int result)
{
    m_reading.cancel();
    QDialog::done(result);
}

QString ServiceLogDialog::text() const
{
    return m_text->toPlainText();
}

void ServiceLogDialog::take()
{
    QStringList lines;
    {
        std::lock_guard lock(m_incoming->mutex);
        lines.swap(m_incoming->lines);
    }
    if (lines.isEmpty())
        return;
    m_lines << lines;
    if (m_lines.size() > kKeptLines)
        m_lines = m_lines.mid(m_lines.size() - kKeptLines);
    const QString filter = m_filter->text();
    QStringList shown;
    for (const QString &l : std::as_const(lines)) {
        if (filter.isEmpty() || l.contains(filter, Qt::CaseInsensitive))
            shown << l;
    }
    if (!shown.isEmpty()) {
        QScrollBar *bar = m_text->verticalScrollBar();
        const int at = bar->value();
        m_text->appendPlainText(shown.join(QLatin1Char('\n')));
        bar->setValue(m_follow->isChecked() ? bar->maximum() : at);
    }
    if (m_reading.isRunning())
        m_status->setText(tr("Following: %n line(s) so far.", nullptr, lineCount()));
}

void ServiceLogDialog::refilter()
{
    const QString filter = m_filter->text();
    QStringList shown;
    for (const QString &l : std::as_const(m_lines)) {
        if (filter.isEmpty() || l.contains(filter, Qt::CaseInsensitive))
            shown << l;
    }
    m_text->setPlainText(shown.join(QLatin1Char('\n')));
    if (m_follow->isChecked())
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

} // namespace hive::gui
