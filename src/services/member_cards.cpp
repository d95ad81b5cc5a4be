#include "services/member_cards.h"

#include "core/clock.h"
#include "core/member_card_number.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/customer_service.h"
#include "services/try_read.h"
#include "storage/card_number_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/search_index.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// Ten million serials for a store of a few ten thousand customers: a draw collides rarely, and twenty
// draws in a row never unless the store has handed out nearly all of them.
constexpr int maxDraws = 20;

} // namespace

MemberCards::MemberCards(Database &db, const Clock &clock, std::optional<quint32> seed)
    : m_db(db)
    , m_clock(clock)
    , m_random(seed ? QRandomGenerator(*seed) : QRandomGenerator(QRandomGenerator::system()->generate()))
{
}

QString MemberCards::refusal(Database &db, const QString &cardNo, CustomerId self)
{
    if (const QString problem = MemberCardNumber::problem(cardNo); !problem.isEmpty())
        return problem;
    const std::optional<CustomerSummary> holder = SearchIndex(db.connection()).exactCard(cardNo);
    if (holder && holder->id != self)
        return tr("Card %1 already belongs to %2 (%3).")
            .arg(cardNo, holder->name, PhoneNumber::mask(holder->phoneDigits));
    return QString();
}

QString MemberCards::unusedNumber(Database &db, QRandomGenerator &random)
{
    SearchIndex index(db.connection());
    for (int draw = 0; draw < maxDraws; ++draw) {
        const QString number = MemberCardNumber::generated(random.bounded(100000000u));
        if (!index.exactCard(number))
            return number;
    }
    return QString();
}

CardNumberResult MemberCards::set(CustomerId customer, const QString &typed)
{
    const QString cardNo = MemberCardNumber::normalised(typed);
    if (const QString problem = MemberCardNumber::problem(cardNo); !problem.isEmpty())
        return {QString(), problem};
    return change(customer, cardNo);
}

CardNumberResult MemberCards::generate(CustomerId customer)
{
    const CardNumberResult free = freeNumber();
    return free.ok() ? change(customer, free.cardNo) : free;
}

CardNumberResult MemberCards::clear(CustomerId customer)
{
    return change(customer, QString());
}

CardNumberResult MemberCards::freeNumber()
{
    try {
        const QString number = unusedNumber(m_db, m_random);
        if (number.isEmpty())
            return {QString(), tr("Card number: no free number was found; try again.")};
        return {number, QString()};
    } catch (const StorageError &error) {
        spdlog::error("no card number drawn: {}", error.detail().toStdString());
        return {QString(), error.userMessage()};
    }
}

CardNumberResult MemberCards::change(CustomerId id, const QString &cardNo)
{
    if (const QString refused = Access::refusal(m_db, Permission::ServeCustomers); !refused.isEmpty())
        return {QString(), refused};
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        CustomerRepository customers(m_db.connection());
        const std::optional<Customer> stored = customers.find(id);
        if (!stored)
            return {QString(), tr("This customer no longer exists.")};
        if (stored->erasedAt)
            return {QString(), tr("This customer was erased on request; she has no card.")};
        if (stored->cardNo == cardNo)
            return {cardNo, QString()};
        if (!cardNo.isEmpty()) {
            if (const QString refused = refusal(m_db, cardNo, id); !refused.isEmpty())
                return {QString(), refused};
        }
        Customer after = *stored;
        after.cardNo = cardNo;
        after.updatedAt = m_clock.now();
        customers.updateWithinTransaction(after);
        AuditTrail(m_db, m_clock)
            .recordCustomerChange(m_db.auditActor(), {*stored, {}, {}, {}}, {after, {}, {}, {}});
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("card number of customer {} not changed: {}", id, error.detail().toStdString());
        return {QString(), error.userMessage()};
    }
    spdlog::info("customer {}: member card number {}", id, cardNo.isEmpty() ? "cleared" : "set");
    ChangeNotifier::post(Change::What::Customers, {id});
    return {cardNo, QString()};
}

CardNumberResult MemberCards::numberAll(const QList<CustomerId> &ids, int *given)
{
    if (const QString refused = Access::refusal(m_db, Permission::ServeCustomers); !refused.isEmpty())
        return {QString(), refused};
    int count = 0;
    QList<CustomerId> numbered;
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        CustomerRepository customers(m_db.connection());
        AuditTrail audit(m_db, m_clock);
        for (const CustomerId id : ids) {
            const std::optional<Customer> stored = customers.find(id);
            if (!stored || stored->erasedAt || !stored->cardNo.isEmpty())
                continue;
            Customer after = *stored;
            after.cardNo = unusedNumber(m_db, m_random);
            if (after.cardNo.isEmpty())
                return {QString(), tr("Card number: no free number was found; try again.")};
            after.updatedAt = m_clock.now();
            customers.updateWithinTransaction(after);
            audit.recordCustomerChange(m_db.auditActor(), {*stored, {}, {}, {}}, {after, {}, {}, {}});
            numbered << id;
            ++count;
        }
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("card numbers not given: {}", error.detail().toStdString());
        return {QString(), error.userMessage()};
    }
    if (given)
        *given = count;
    if (!numbered.isEmpty())
        ChangeNotifier::post(Change::What::Customers, numbered);
    spdlog::info("member card numbers given to {} customers", count);
    return {QString(), QString()};
}

ReadResult<QList<CustomerId>> MemberCards::customersMatching(const ArchiveFilter &filter)
{
    return tryRead<QList<CustomerId>>("customers for member cards",
        [&] { return CardNumberRepository(m_db.connection()).idsMatching(filter); });
}

ReadResult<QList<MemberCardFace>> MemberCards::faces(const QList<CustomerId> &ids)
{
    return tryRead<QList<MemberCardFace>>("member card faces", [&] {
        CustomerRepository customers(m_db.connection());
        TierRepository tiers(m_db.connection());
        QList<MemberCardFace> faces;
        for (const CustomerId id : ids) {
            const std::optional<Customer> customer = customers.find(id);
            if (!customer || customer->erasedAt)
                continue;
            faces << MemberCardFace{id, customer->name, customer->cardNo, tiers.find(id).tier};
        }
        return faces;
    });
}

} // namespace atelier
