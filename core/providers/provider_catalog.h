#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

// Which of the providers a stage may name (Schema::providers) this version
// builds hosts with. A stage on any other one can be designed, edited and
// checked, but not built: the app says so and disables what cannot run
// (the wizard marks it "design only"), and build-infra refuses it. As
// providers land, they move into buildable() and the rest follows.
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(hive::ProviderCatalog)
public:
    static QStringList buildable();
    static bool canBuild(const QString &provider);
    // Why a stage on `provider` cannot be built (empty when it can),
    // naming the providers that can.
    static QString cannotBuild(const QString &provider);
};

} // namespace hive
