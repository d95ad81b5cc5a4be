#include "storage/campaign_audience_query.h"

#include "core/stored_time.h"
#include "storage/sql.h"

#include <QVariantList>

namespace atelier {

namespace {

// One kind of filter as SQL on the customer aliased `c`, with its values.
struct Condition
{
    CampaignAudienceQuery::Filter filter;
    QString sql;
    QVariantList values;
};

// "?, ?, ?" for a list of values (placeholders only: the values are bound).
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList valuesOf(const QStringList &strings)
{
    QVariantList values;
    for (const QString &s : strings)
        values << s;
    return values;
}

// A sale that is a purchase: not the replacement side of an exchange, and keeping some value after
// the refunds against its lines (the definition of storage/kept_value_sql.h, per sale).
constexpr const char *purchaseOfS
    = "s.is_exchange = 0 AND (s.has_returns = 0 OR s.total_fen > (SELECT COALESCE(SUM(r.refund_fen), 0) "
      "FROM sale_lines rl JOIN returns r ON r.sale_line_id = rl.id WHERE rl.sale_id = s.id))";

Condition boughtCondition(CampaignAudienceQuery::Filter filter, const char *column, const QStringList &values)
{
    return {filter,
        QStringLiteral("c.id IN (SELECT s.customer_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                       "WHERE s.customer_id IS NOT NULL AND l.%1 IN (%2))")
            .arg(QLatin1String(column), placeholders(values.size())),
        valuesOf(values)};
}

QList<Condition> conditionsOf(const AudienceFilters &filters)
{
    using Filter = CampaignAudienceQuery::Filter;
    QList<Condition> conditions;
    conditions << Condition{
        Filter::Consent, QStringLiteral("c.consent_marketing = 1 AND c.erased_at IS NULL"), {}};
    if (!filters.segments.isEmpty()) {
        const QString marks = placeholders(filters.segments.size());
        conditions << Condition{Filter::Segment,
            QStringLiteral("c.id IN (SELECT cs.customer_id FROM customer_scores cs "
                           "WHERE cs.segment IN (%1) OR cs.named_segment IN (%1))")
                .arg(marks),
            valuesOf(filters.segments) + valuesOf(filters.segments)};
    }
    if (!filters.tiers.isEmpty()) {
        QStringList codes;
        bool none = false;
        for (const Tier tier : filters.tiers) {
            if (tier == Tier::None)
                none = true;
            else
                codes << toCode(tier);
        }
        QStringList parts;
        if (!codes.isEmpty())
            parts << QStringLiteral(
                "c.id IN (SELECT ct.customer_id FROM customer_tiers ct WHERE ct.tier IN (%1))")
                         .arg(placeholders(codes.size()));
        if (none)
            parts << QStringLiteral("c.id NOT IN (SELECT ct.customer_id FROM customer_tiers ct)");
        conditions << Condition{Filter::Tier,
            QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), valuesOf(codes)};
    }
    if (!filters.tags.isEmpty())
        conditions << Condition{Filter::Tag,
            QStringLiteral(
                "c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE t.name IN (%1))")
                .arg(placeholders(filters.tags.size())),
            valuesOf(filters.tags)};
    if (!filters.sizes.isEmpty())
        conditions << boughtCondition(Filter::Size, "size", filters.sizes);
    if (!filters.styles.isEmpty())
        conditions << boughtCondition(Filter::Style, "style_no", filters.styles);
    if (!filters.categories.isEmpty())
        conditions << boughtCondition(Filter::Category, "category", filters.categories);
    if (filters.lastPurchaseFrom.isValid() || filters.lastPurchaseTo.isValid()) {
        // The last purchase lies in the window: some purchase in it and, when it has an end, none after.
        // Correlated EXISTS on sales_customer: a seek per remaining customer, not a pass over all sales.
        // Stored times begin with their local day, so text comparison with a day is by calendar day.
        QStringList window;
        QVariantList values;
        if (filters.lastPurchaseFrom.isValid()) {
            window << QStringLiteral("s.sold_at >= ?");
            values << toStoredText(filters.lastPurchaseFrom);
        }
        if (filters.lastPurchaseTo.isValid()) {
            window << QStringLiteral("s.sold_at < ?");
            values << toStoredText(filters.lastPurchaseTo.addDays(1));
        }
        QString condition
            = QStringLiteral("EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id AND %1 AND %2)")
                  .arg(window.join(QStringLiteral(" AND ")), QLatin1String(purchaseOfS));
        if (filters.lastPurchaseTo.isValid()) {
            condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id "
                                        "AND s.sold_at >= ? AND %1)")
                             .arg(QLatin1String(purchaseOfS));
            values << toStoredText(filters.lastPurchaseTo.addDays(1));
        }
        conditions << Condition{Filter::LastPurchase, condition, values};
    }
    if (filters.pAliveMin || filters.pAliveMax) {
        QStringList where;
        QVariantList values;
        if (filters.pAliveMin) {
            where << QStringLiteral("p.p_alive >= ?");
            values << *filters.pAliveMin;
        }
        if (filters.pAliveMax) {
            where << QStringLiteral("p.p_alive <= ?");
            values << *filters.pAliveMax;
        }
        conditions << Condition{Filter::PAlive,
            QStringLiteral("c.id IN (SELECT p.customer_id FROM customer_predictions p WHERE %1)")
                .arg(where.join(QStringLiteral(" AND "))),
            values};
    }
    return conditions;
}

// The conditions' SQL joined with AND, and their values in order.
QString whereOf(const QList<Condition> &conditions, qsizetype count, QVariantList &values)
{
    QStringList parts;
    for (qsizetype i = 0; i < count; ++i) {
        parts << conditions[i].sql;
        values += conditions[i].values;
    }
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

CampaignAudienceQuery::CampaignAudienceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CustomerId> CampaignAudienceQuery::ids(const AudienceFilters &filters)
{
    const QList<Condition> conditions = conditionsOf(filters);
    QVariantList values;
    const QString where = whereOf(conditions, conditions.size(), values);
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id").arg(where), values);
    QList<CustomerId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<CampaignAudienceQuery::Step> CampaignAudienceQuery::steps(const AudienceFilters &filters)
{
    const QList<Condition> conditions = conditionsOf(filters);
    QList<Step> steps;
    for (qsizetype count = 1; count <= conditions.size(); ++count) {
        QVariantList values;
        const QString where = whereOf(conditions, count, values);
        QSqlQuery query
            = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM customers c WHERE %1").arg(where), values);
        const int remaining = query.next() ? query.value(0).toInt() : 0;
        steps << Step{conditions[count - 1].filter, remaining};
        if (remaining == 0)
            break; // nothing further can bring anyone back
    }
    return steps;
}

QStringList CampaignAudienceQuery::tagNames()
{
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT name FROM tags ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace atelier
