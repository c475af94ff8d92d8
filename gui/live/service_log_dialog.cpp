#include "gui/live/service_log_dialog.h"

#include "gui/run/desktop_preferences.h"
#include "topology/service_log_line.h"
#include "topology/service_log_reader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
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
      m_node(new QComboBox(this)), m_since(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_follow(new QCheckBox(tr("&Follow"), this)), m_text(new QPlainTextEdit(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceLogDialog"));
    setWindowTitle(tr("Log of %1 — %2").arg(service, ServiceLogReader::path(service)));
    resize(1000, 600);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_node->setObjectName(QStringLiteral("logNode"));
    m_node->addItem(tr("All nodes"), QString());
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_since->setObjectName(QStringLiteral("logSince"));
    m_since->addItem(tr("Any time"), 0);
    for (int minutes : {5, 15, 60, 24 * 60})
        m_since->addItem(minutes < 60 ? tr("Last %n minute(s)", nullptr, minutes)
                                      : tr("Last %n hour(s)", nullptr, minutes / 60),
                         minutes);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter lines (text)"));
    m_filter->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep showing the newest lines"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    DesktopPreferences::useFixedFont(m_text);
    m_text->setMaximumBlockCount(kKeptLines);
    auto *top = new QHBoxLayout;
    auto *nodeLabel = new QLabel(tr("&Node:"), this);
    nodeLabel->setBuddy(m_node);
    auto *sinceLabel = new QLabel(tr("&Time:"), this);
    sinceLabel->setBuddy(m_since);
    top->addWidget(nodeLabel);
    top->addWidget(m_node);
    top->addWidget(sinceLabel);
    top->addWidget(m_since);
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
    connect(m_node, &QComboBox::currentIndexChanged, this, &ServiceLogDialog::refilter);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ServiceLogDialog::refilter);

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
    addLines(lines);
}

void ServiceLogDialog::addLines(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    qsizetype first = m_lines.size();
    for (const QString &l : lines) {
        const ServiceLogLine parsed = ServiceLogLine::parse(l);
        m_lines << Line{l, parsed.node, parsed.time};
        // A node seen for the first time joins the list, in order.
        if (!parsed.node.isEmpty() && m_node->findData(parsed.node) < 0) {
            int at = 1;
            while (at < m_node->count() && m_node->itemData(at).toString() < parsed.node)
                ++at;
            m_node->insertItem(at, parsed.node, parsed.node);
        }
    }
    if (m_lines.size() > kKeptLines) {
        const qsizetype drop = m_lines.size() - kKeptLines;
        m_lines.remove(0, drop);
        first = qMax<qsizetype>(0, first - drop);
    }
    const QStringList added = shown(first);
    if (!added.isEmpty()) {
        QScrollBar *bar = m_text->verticalScrollBar();
        const int at = bar->value();
        m_text->appendPlainText(added.join(QLatin1Char('\n')));
        bar->setValue(m_follow->isChecked() ? bar->maximum() : at);
    }
    if (m_reading.isRunning())
        m_status->setText(tr("Following: %n line(s) so far.", nullptr, lineCount()));
}

bool ServiceLogDialog::shows(const Line &line, const QDateTime &now) const
{
    const QString node = m_node->currentData().toString();
    if (!node.isEmpty() && line.node != node)
        return false;
    if (const int minutes = m_since->currentData().toInt(); minutes > 0) {
        if (!line.time.isValid() || line.time < now.addSecs(-60 * qint64(minutes)))
            return false;
    }
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.text.contains(filter, Qt::CaseInsensitive);
}

QStringList ServiceLogDialog::shown(qsizetype first) const
{
    const QDateTime now = QDateTime::currentDateTime();
    QStringList out;
    for (qsizetype i = first; i < m_lines.size(); ++i) {
        if (shows(m_lines.at(i), now))
            out << m_lines.at(i).text;
    }
    return out;
}

void ServiceLogDialog::refilter()
{
    const QStringList all = shown(0);
    m_text->setPlainText(all.join(QLatin1Char('\n')));
    if (m_follow->isChecked())
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    if (!m_reading.isRunning() || all.size() != m_lines.size())
        m_status->setText(tr("%1 of %n line(s) shown.", nullptr, lineCount()).arg(all.size()));
}

} // namespace hive::gui
