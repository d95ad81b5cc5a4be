#include "services/contact_reveal.h"

#include "services/access.h"
#include "services/audit_trail.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

ContactReveal::ContactReveal(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool ContactReveal::seesFullContact() const
{
    return Access::allows(m_db, Permission::SeeFullContact);
}

RevealedContact ContactReveal::reveal(CustomerId customer)
{
    RevealedContact result;
    if (const QString refused = Access::refusal(m_db, Permission::RevealContact); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    try {
        Transaction transaction(m_db.connection());
        const std::optional<Customer> found = CustomerRepository(m_db.connection()).find(customer);
        if (!found) {
            result.error = tr("This customer is no longer in the archive.");
            return result;
        }
        if (!seesFullContact()) {
            AuditTrail trail(m_db, m_clock);
            trail.recordReveal(m_db.auditActor(), customer, RevealedField::Phone);
            if (!found->address.isEmpty())
                trail.recordReveal(m_db.auditActor(), customer, RevealedField::Address);
        }
        transaction.commit();
        result.phone = found->phone.formatted();
        result.address = found->address;
        spdlog::info("contact of customer {} shown", customer);
    } catch (const StorageError &error) {
        spdlog::error("contact reveal: {}", error.detail().toStdString());
        result.error = tr("The number cannot be shown now: %1").arg(error.userMessage());
    }
    return result;
}

} // namespace atelier
