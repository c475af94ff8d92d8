#include "gui/run/run_status_style.h"

#include "engine/run_wording.h"

#include <QPalette>
#include <QStyle>

namespace hive::gui {

QString RunStatusStyle::word(RunEvent::Status status, bool running)
{
    return running ? tr("running") : RunWording::status(status);
}

QString RunStatusStyle::checkWord(RunEvent::Status status)
{
    return RunWording::checkStatus(status);
}

QIcon RunStatusStyle::icon(const QStyle *style, RunEvent::Status status, bool running)
{
    if (running)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (status) {
    case RunEvent::Status::Ok:
    case RunEvent::Status::Changed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RunEvent::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RunEvent::Status::Interrupted:
    case RunEvent::Status::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RunEvent::Status::None:
        break;
    }
    return QIcon();
}

QColor RunStatusStyle::hue(RunEvent::Status status, bool running)
{
    if (running)
        return QColor(0x2f, 0x80, 0xed);
    switch (status) {
    case RunEvent::Status::Ok:
        return QColor(0x3d, 0xa3, 0x5d);
    case RunEvent::Status::Changed:
        return QColor(0xd9, 0x9a, 0x06);
    case RunEvent::Status::Skipped:
        return QColor(0x8c, 0x8c, 0x8c);
    case RunEvent::Status::Failed:
        return QColor(0xd6, 0x33, 0x33);
    case RunEvent::Status::Interrupted:
        return QColor(0xe0, 0x6c, 0x1a);
    case RunEvent::Status::None:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QColor RunStatusStyle::background(const QPalette &palette, RunEvent::Status status, bool running)
{
    const QColor base = palette.color(QPalette::Base);
    if (!running && status == RunEvent::Status::None)
        return base;
    const QColor h = hue(status, running);
    // Stronger on dark bases, where a light tint would glare.
    const qreal a = base.lightnessF() < 0.5 ? 0.45 : 0.28;
    return QColor::fromRgbF(base.redF() * (1 - a) + h.redF() * a,
                            base.greenF() * (1 - a) + h.greenF() * a,
                            base.blueF() * (1 - a) + h.blueF() * a);
}

QString RunStatusStyle::seconds(qint64 ms)
{
    return RunWording::seconds(ms);
}

QString RunStatusStyle::clock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace hive::gui
