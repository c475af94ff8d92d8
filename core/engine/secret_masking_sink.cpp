#include "engine/secret_masking_sink.h"

#include <algorithm>

namespace hive {

namespace {

QStringList longestFirst(QStringList secrets)
{
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    std::stable_sort(secrets.begin(), secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

QString replaceEach(QString text, const QStringList &longestFirst)
{
    for (const QString &secret : longestFirst) {
        if (text.contains(secret))
            text.replace(secret, SecretMaskingSink::maskWord());
    }
    return text;
}

} // namespace

SecretMaskingSink::SecretMaskingSink(RunEventSink *next, const QStringList &secrets)
    : m_next(next), m_secrets(longestFirst(secrets))
{}

QString SecretMaskingSink::mask(const QString &text, const QStringList &secrets)
{
    return replaceEach(text, longestFirst(secrets));
}

void SecretMaskingSink::post(const RunEvent &event)
{
    if (!m_next)
        return;
    if (m_secrets.isEmpty()) {
        m_next->post(event);
        return;
    }
    RunEvent masked = event;
    // The text only: step names are the program's own, never a secret
    // (a secret that reads "docker" must not rename a step).
    masked.text = replaceEach(masked.text, m_secrets);
    m_next->post(masked);
}

} // namespace hive
