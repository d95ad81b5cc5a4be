#include "storage/follow_up_facts_query.h"

#include "core/follow_up.h"
#include "core/purchase_cycle.h"
#include "core/stored_time.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

// The customer's side: consent, birthday, who registered them (if still on the staff), the segment
// move of the last run, the last follow-up done, whether a marketing task is still open and the last
// contact outside a task (a bulk SMS). The tasks and contacts are grouped once each and joined: a
// subquery per customer was three index seeks for each of 100 000 customers, twice the time.
// %1: the marketing purposes' codes.
constexpr const char *customersSql = R"(
SELECT c.id, c.birthday, c.consent_marketing,
       CASE WHEN s.active = 1 THEN c.created_by END,
       sc.segment, sc.previous_segment, sc.segment_since,
       t.last_done, COALESCE(t.open_marketing, 0), k.last_contact
FROM customers c
LEFT JOIN staff s ON s.id = c.created_by
LEFT JOIN customer_scores sc ON sc.customer_id = c.id
LEFT JOIN (SELECT customer_id,
                  MAX(CASE WHEN status = 'done' THEN done_at END) AS last_done,
                  MAX(CASE WHEN status = 'open' AND purpose IN (%1) THEN 1 ELSE 0 END) AS open_marketing
           FROM follow_up_tasks GROUP BY customer_id) t ON t.customer_id = c.id
LEFT JOIN (SELECT customer_id, MAX(contacted_at) AS last_contact
           FROM contacts GROUP BY customer_id) k ON k.customer_id = c.id
ORDER BY c.id)";

QString marketingCodes()
{
    QStringList codes;
    for (TaskPurpose purpose :
        {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle, TaskPurpose::Dormant,
            TaskPurpose::ComplaintCallback, TaskPurpose::Holiday, TaskPurpose::LifeEvent})
        if (isMarketing(purpose))
            codes << QLatin1Char('\'') + toCode(purpose) + QLatin1Char('\'');
    return codes.join(u',');
}

} // namespace

std::vector<CustomerTaskFacts> FollowUpFactsQuery::run(const QSqlDatabase &db, const StoreSales &sales)
{
    RawStatement customers(db, QString::fromLatin1(customersSql).arg(marketingCodes()));
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

        days.clear();
        while (purchases != sales.end() && purchases->activity.customer < facts.customer)
            ++purchases; // cannot happen with the foreign key; never loop on it
        if (purchases != sales.end() && purchases->activity.customer == facts.customer) {
            for (const PurchaseDay &purchase : purchases->purchases)
                days.push_back(purchase.day);
            ++purchases;
        }
        if (!days.empty()) {
            const PurchaseCycle cycle = purchaseCycle(std::move(days));
            facts.lastPurchase = cycle.lastPurchase;
            facts.expectedNextPurchase = cycle.expectedNext;
            days = {};
        }
        result.push_back(facts);
    }
    return result;
}

} // namespace atelier
