#pragma once

#include "engine/run_event_sink.h"

#include <QStringList>

namespace hive {

// Passes a run's events on with every known secret value (a rendered
// password, a token from the inventory) replaced by "********", wherever it
// appears in a line: what a command printed, a message, a reason. Put in
// front of the run log and the display, so logs, `--json` and the GUI never
// hold them.
class SecretMaskingSink : public RunEventSink
{
public:
    SecretMaskingSink(RunEventSink *next, const QStringList &secrets);
    void post(const RunEvent &event) override;

    // The text with each secret replaced (longest first, so a secret that
    // holds another is masked whole).
    static QString mask(const QString &text, const QStringList &secrets);
    static QString maskWord() { return QStringLiteral("********"); }

private:
    RunEventSink *m_next;
    QStringList m_secrets;
};

} // namespace hive
