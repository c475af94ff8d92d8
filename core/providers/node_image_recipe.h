#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hive {

// What goes into the docker provider's node image: a Debian suite, the
// packages debootstrap installs, and the script that turns the root file
// system into a bootable node. The image tag carries a hash of all three, so
// an image is reused exactly as long as its recipe is unchanged.
struct NodeImageRecipe
{
    QString suite;
    QStringList packages;
    QByteArray script;

    static NodeImageRecipe standard();
    QByteArray hash() const; // hex sha-256
    QString repository() const { return QStringLiteral("hive-studio/node"); }
    QString tag() const;
    QString reference() const { return repository() + QLatin1Char(':') + tag(); }
};

} // namespace hive
