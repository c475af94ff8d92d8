#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// What the wizard's check of a cloud account found (Google Cloud, Azure):
// whose the credentials are, the zones of the region, and which of the
// machine types chosen the region does not offer; else the cloud's refusal
// with what to do.
struct CloudAccountResult
{
    bool ok = false;
    QString error;
    QString identity;         // "service account … of project …", "subscription …"
    QStringList zones;        // the region's, sorted
    QStringList missingTypes; // chosen but not offered there
};

} // namespace hive
