#include "services/customer_erasure.h"

#include "core/clock.h"
#include "core/search_keys.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "storage/customer_erasure_writer.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr std::array<std::pair<ErasureReason, const char16_t *>, 3> reasonCodes{{
    {ErasureReason::CustomerRequest, u"customer_request"},
    {ErasureReason::ConsentWithdrawn, u"consent_withdrawn"},
    {ErasureReason::Other, u"other"},
}};

} // namespace

QString toCode(ErasureReason reason)
{
    for (const auto &[value, code] : reasonCodes) {
        if (value == reason)
            return QString::fromUtf16(code);
    }
    return QString();
}

std::optional<ErasureReason> erasureReasonFromCode(const QString &code)
{
    for (const auto &[value, text] : reasonCodes) {
        if (code == QString::fromUtf16(text))
            return value;
    }
    return std::nullopt;
}

CustomerErasure::CustomerErasure(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString CustomerErasure::erasedLabel()
{
    return tr("Erased customer");
}

EraseResult CustomerErasure::erase(CustomerId id, ErasureReason reason)
{
    EraseResult result;
    if (const QString refused = Access::refusal(m_db, Permission::EraseCustomers); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        const std::optional<Customer> customer = CustomerRepository(m_db.connection()).find(id);
        if (!customer) {
            result.message = tr("This customer does not exist.");
            return result;
        }
        if (customer->erasedAt) {
            result.message = tr("This customer was already erased.");
            return result;
        }
        const AuditActor actor = m_db.auditActor();
        const QString nameSort = keysForCustomer(erasedCustomerName(), QString(), QString()).nameSort;
        const CustomerErasureWriter::Counts counts
            = CustomerErasureWriter(m_db.connection()).erase(id, m_clock.now(), nameSort, actor.name);
        // In the same transaction: an erasure without its entry cannot be committed.
        AuditTrail(m_db, m_clock).recordCustomerErased(actor, id, toCode(reason));
        transaction.commit();
        ChangeNotifier::post(Change::What::Customers, {id});
        spdlog::info("customer {} erased: {} tags, {} life events, {} open tasks, {} complaints", id,
            counts.tags, counts.lifeEvents, counts.openTasks, counts.complaints);
    } catch (const StorageError &error) {
        spdlog::error("customer {} erasure failed: {}", id, error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    result.erased = true;
    return result;
}

} // namespace atelier
