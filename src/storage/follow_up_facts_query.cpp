#include "storage/follow_up_facts_query.h"

#include "core/follow_up.h"
#include "core/purchase_cycle.h"
#include "core/stored_time.h"
#include "storage/raw_statement.h"

#include <algorithm>

namespace atelier {

namespace {

// The customer's side: consents, birthday, the day and who registered them (if still on the staff), the
// segment move of the last run, the tier, the last follow-up done, whether a marketing task is still open,
// the marketing contacts since the VIP cap's window opened (marketing tasks done in it or still open
// and due from its first day on, bulk SMS and campaign invitations) and the last contact outside a
// task. The tasks and contacts are grouped once each and joined: a subquery per customer was three
// index seeks for each of 100 000 customers, twice the time.
// %1: the marketing purposes' codes. Placeholders: the window's first day, three times.
constexpr const char *customersSql = R"(
SELECT c.id, c.birthday, c.consent_marketing,
       CASE WHEN s.active = 1 THEN c.created_by END,
       sc.segment, sc.previous_segment, sc.segment_since,
       t.last_done, COALESCE(t.open_marketing, 0), k.last_contact,
       ct.tier, COALESCE(t.recent_marketing, 0) + COALESCE(k.recent_contacts, 0), c.created_at,
       c.consent_profile
FROM customers c
LEFT JOIN staff s ON s.id = c.created_by
LEFT JOIN customer_scores sc ON sc.customer_id = c.id
LEFT JOIN customer_tiers ct ON ct.customer_id = c.id
LEFT JOIN (SELECT customer_id,
                  MAX(CASE WHEN status = 'done' THEN done_at END) AS last_done,
                  MAX(CASE WHEN status = 'open' AND purpose IN (%1) THEN 1 ELSE 0 END) AS open_marketing,
                  SUM(CASE WHEN purpose IN (%1)
                                AND ((status = 'done' AND done_at >= CAST(? AS TEXT))
                                     OR (status = 'open' AND due_on >= CAST(? AS TEXT)))
                           THEN 1 ELSE 0 END) AS recent_marketing
           FROM follow_up_tasks GROUP BY customer_id) t ON t.customer_id = c.id
LEFT JOIN (SELECT customer_id, MAX(contacted_at) AS last_contact,
                  SUM(CASE WHEN contacted_at >= CAST(? AS TEXT) THEN 1 ELSE 0 END) AS recent_contacts
           FROM contacts GROUP BY customer_id) k ON k.customer_id = c.id
ORDER BY c.id)";

QString marketingCodes()
{
    QStringList codes;
    for (TaskPurpose purpose :
        {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle, TaskPurpose::Dormant,
            TaskPurpose::ComplaintCallback, TaskPurpose::Holiday, TaskPurpose::LifeEvent,
            TaskPurpose::Activation, TaskPurpose::ThankYou, TaskPurpose::Arrival, TaskPurpose::Prospect})
        if (isMarketing(purpose))
            codes << QLatin1Char('\'') + toCode(purpose) + QLatin1Char('\'');
    return codes.join(u',');
}

} // namespace

std::vector<CustomerTaskFacts> FollowUpFactsQuery::run(
    const QSqlDatabase &db, const StoreSales &sales, const QDate &contactsFrom)
{
    RawStatement customers(db, QString::fromLatin1(customersSql).arg(marketingCodes()));
    // No window: nothing is recent (stored days and times are ISO text, so they compare as text).
    const QString from = contactsFrom.isValid() ? toStoredText(contactsFrom) : QStringLiteral("9999-12-31");
    for (int i = 1; i <= 3; ++i)
        customers.bind(i, from);
    // The prediction's purchases, in customer order: the wake-ups and the forecasts share one rhythm.
    auto purchases = sales.begin();

    std::vector<CustomerTaskFacts> result;
    result.reserve(sales.size()); // every buyer, and those who never bought
    std::vector<QDate> days;
    while (customers.next()) {
        CustomerTaskFacts facts;
        facts.customer = customers.integer(0);
        if (!customers.isNull(1))
            facts.birthday = dayOfStoredUtf8(customers.utf8(1));
        facts.consentMarketing = customers.integer(2) == 1;
        if (!customers.isNull(3))
            facts.registeredBy = customers.integer(3);
        if (!customers.isNull(4)) {
            facts.segment = segmentFromCode(customers.text(4));
            facts.previousSegment = segmentFromCode(customers.text(5));
            if (!customers.isNull(6))
                facts.segmentSince = dayOfStoredUtf8(customers.utf8(6));
        }
        if (!customers.isNull(7))
            facts.lastContact = dayOfStoredUtf8(customers.utf8(7));
        facts.hasOpenMarketingTask = customers.integer(8) != 0;
        if (!customers.isNull(9)) {
            const QDate texted = dayOfStoredUtf8(customers.utf8(9));
            if (!facts.lastContact.isValid() || texted > facts.lastContact)
                facts.lastContact = texted;
        }
        if (!customers.isNull(10))
            facts.tier = tierFromCode(customers.text(10));
        facts.recentMarketingContacts = int(customers.integer(11));
        facts.registeredOn = dayOfStoredUtf8(customers.utf8(12));
        facts.consentProfile = customers.integer(13) == 1;

        days.clear();
        while (purchases != sales.end() && purchases->activity.customer < facts.customer)
            ++purchases; // cannot happen with the foreign key; never loop on it
        if (purchases != sales.end() && purchases->activity.customer == facts.customer) {
            for (const PurchaseDay &purchase : purchases->purchases)
                days.push_back(purchase.day);
            ++purchases;
        }
        if (!days.empty()) {
            facts.firstPurchase = *std::min_element(days.begin(), days.end());
            const PurchaseCycle cycle = purchaseCycle(std::move(days));
            facts.purchaseDays = cycle.purchaseDays;
            facts.lastPurchase = cycle.lastPurchase;
            facts.expectedNextPurchase = cycle.expectedNext;
            days = {};
        }
        result.push_back(facts);
    }
    return result;
}

} // namespace atelier

namespace atelier {

void FollowUpFactsQuery::takeTiers(const QSqlDatabase &db, std::vector<CustomerTaskFacts> &facts)
{
    RawStatement tiers(
        db, QStringLiteral("SELECT customer_id, tier FROM customer_tiers ORDER BY customer_id"));
    auto customer = facts.begin();
    std::vector<bool> seen(facts.size(), false);
    while (tiers.next()) {
        const CustomerId id = tiers.integer(0);
        while (customer != facts.end() && customer->customer < id)
            ++customer;
        if (customer == facts.end())
            break;
        if (customer->customer == id) {
            customer->tier = tierFromCode(tiers.text(1));
            seen[std::size_t(customer - facts.begin())] = true;
        }
    }
    for (std::size_t i = 0; i < facts.size(); ++i)
        if (!seen[i])
            facts[i].tier = Tier::None;
}

} // namespace atelier
