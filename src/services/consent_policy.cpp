#include "services/consent_policy.h"

#include "core/clock.h"
#include "core/customer_rules.h"
#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/service_settings.h"
#include "storage/consent_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"

namespace atelier {

int ConsentPolicy::clearNightly(Database &db, const Clock &clock)
{
    if (!ServiceSettings(db).rules().clearWithoutConsent)
        return 0;
    // Each customer's loss is in the audit trail as an archive change, with the fields it blanked, so
    // the manager can tell whom the policy cleared and what (the nightly run is the actor).
    ConsentRepository consent(db.connection());
    CustomerRepository customers(db.connection());
    QList<CustomerArchive> before;
    for (const qint64 id : consent.heldWithoutConsent())
        if (const std::optional<Customer> stored = customers.find(id))
            before.append({*stored, {}, {}, {}});
    const int cleared = consent.clearHeldWithoutConsent(clock.now());
    AuditTrail audit(db, clock);
    for (const CustomerArchive &was : before) {
        CustomerArchive now = was;
        CustomerRules::clearConsentFields(now.customer);
        audit.recordCustomerChange(db.auditActor(), was, now);
    }
    return cleared;
}

} // namespace atelier
