#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QIcon>

class QPalette;
class QStyle;

namespace hive::gui {

// How the app shows a step's, host's or phase's status wherever runs appear
// (the Build view's pipeline, grid, log and timeline, the repair dialog): one
// word, one icon and one colour per status. Colours are mixed with the
// palette's base so that they read in light and dark themes alike, and the
// word is always shown too (colour is never the only sign).
class RunStatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(hive::gui::RunStatusStyle)
public:
    // `running` wins over the status (a running cell has none yet).
    static QString word(RunEvent::Status status, bool running = false);
    // How a check run (-C) ended: "check: would change", never "changed".
    static QString checkWord(RunEvent::Status status);
    static QIcon icon(const QStyle *style, RunEvent::Status status, bool running = false);
    // The status' own hue, for bars and markers.
    static QColor hue(RunEvent::Status status, bool running = false);
    // A cell background: the hue blended into the palette's base.
    static QColor background(const QPalette &palette, RunEvent::Status status,
                             bool running = false);
    static QString seconds(qint64 ms);
    // 1:05, 12:40, 1:02:03 — for elapsed and estimated times.
    static QString clock(qint64 ms);
};

} // namespace hive::gui
