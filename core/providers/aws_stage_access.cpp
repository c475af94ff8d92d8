#include "providers/aws_stage_access.h"

#include "cloud/aws_credential_source.h"
#include "inventory/hive_model.h"

namespace hive {

bool AwsStageAccess::open(const LoadedInventory &loaded, const StagePlan &stage,
                          const Persistents &persistents, AwsStageAccess &out, QString &error)
{
    QStringList errors;
    if (!AwsResourcePlan::make(loaded, stage, out.plan, errors)) {
        error = errors.join(QLatin1Char('\n'));
        return false;
    }
    return AwsCredentialSource::find(persistents, stage.name, out.credentials, out.from, error);
}

} // namespace hive
