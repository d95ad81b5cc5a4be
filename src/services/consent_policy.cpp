#include "services/consent_policy.h"

#include "core/clock.h"
#include "services/service_settings.h"
#include "storage/consent_repository.h"
#include "storage/database.h"

namespace atelier {

int ConsentPolicy::clearNightly(Database &db, const Clock &clock)
{
    if (!ServiceSettings(db).rules().clearWithoutConsent)
        return 0;
    return ConsentRepository(db.connection()).clearHeldWithoutConsent(clock.now());
}

} // namespace atelier
