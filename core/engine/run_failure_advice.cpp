#include "engine/run_failure_advice.h"

namespace hive {

QString RunFailureAdvice::advise(const QString &phase, const QString &step, const QString &host,
                                 const QString &text)
{
    const auto has = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    const QString target = host.isEmpty() ? tr("the stage") : host;
    // First: the list of steps it names holds words the others look for.
    if (has("step has the tag"))
        return tr("-T names a step or tag that %1 does not have; the message lists its steps. "
                  "Run again with the ones you mean, or without -T.")
            .arg(phase);
    // kickstart: what the step said is what to do; said once more, shortly.
    if (step == QLatin1String("hosts") && has("not installed yet"))
        return tr("Install %1 from the install medium (its entry \"Install hive host %1\"), "
                  "start it when it has powered off, then run build-infra again.")
            .arg(target);
    if (step == QLatin1String("install-medium") && has("--write-device"))
        return tr("Check the device named, then run build-infra again with --write-device and "
                  "it (in the app: Write to…).");
    if (has("host key") && (has("changed") || has("mismatch") || has("does not match")))
        return tr("The SSH host key of %1 is not the one recorded. If the host was rebuilt, "
                  "remove its old key from the project's known_hosts (`hive ssh` names the "
                  "file) and run again; if not, someone may be in the middle: do not go on.")
            .arg(target);
    if (has("unknown hosts are refused"))
        return tr("The host key of %1 is not recorded yet, and unknown keys are refused. Run "
                  "build-infra for it (it records the keys of the hosts it makes), or check the "
                  "key with its administrator and add it to the project's known_hosts.")
            .arg(target);
    if (has("permission denied") || has("authentication failed") || has("publickey") ||
        has("refused the key"))
        return tr("%1 refused the SSH key. Check the user and key of the stage "
                  "(`hive inventory --host %1`), or run build-infra again where the provider "
                  "installs the key.")
            .arg(target);
    if (has("timed out") || has("timeout") || has("connection refused") ||
        has("no route to host") || has("does not answer") || has("host is unreachable") ||
        has("cannot reach") || has("network is unreachable") || has("socket error"))
        return tr("%1 does not answer. Check that it is up (`hive build-infra -l %1` starts it "
                  "where the provider can) and reachable, then run again (in the app: Retry "
                  "Failed).")
            .arg(target);
    if (has("no space left") || has("disk full"))
        return tr("A disk of %1 is full. `hive doctor` shows what fills it; `hive recover "
                  "disk` frees space.")
            .arg(target);
    if (has("does not have a leader") || has("lost leader status") || has("quorum"))
        return tr("The swarm has no leader. Run `hive doctor`: it tells whether one manager "
                  "is lost (`hive recover manager`) or the quorum (`hive recover quorum`).");
    if (has("lock") && (has("held by") || has("another run") || has("is running")))
        return tr("Another run holds the stage's lock. Wait for it to end, or, if its process "
                  "is gone, run again: a dead run's lock is taken over.");
    if (has("unauthorized") || has("401") || has("x509") || has("certificate"))
        return tr("The registry or Docker API refused the connection (credentials or TLS). "
                  "Run setup-hosts again for %1 (`-T registry,registry-login,docker`).")
            .arg(target);
    if (has("pull") && (has("not found") || has("manifest unknown")))
        return tr("An image was not found. Run build-images for the service, or check its "
                  "`image` / `from` in the services file.");
    return tr("Read what %1 printed on %2 (`-v` shows it; in the app, choose its cell). Fix "
              "the cause, then run again: every phase checks first and changes only what "
              "differs.")
        .arg(step, target);
}

} // namespace hive
