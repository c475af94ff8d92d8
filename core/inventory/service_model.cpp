#include "inventory/service_model.h"

namespace hive {

const ServicePlan *ServiceCatalog::service(const QString &name) const
{
    for (const ServicePlan &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace hive
