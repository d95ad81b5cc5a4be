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

using sql::placeholders;

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

// The sale lines of the slow stock's styles, or of "similar" ones: the same style numbers, any style in
// the categories those style numbers were sold in, or in the categories typed. On sale_lines `l`.
Condition similarLines(const SlowStockFilter &slow)
{
    QStringList parts;
    QVariantList values;
    if (!slow.styles.isEmpty()) {
        const QString marks = placeholders(slow.styles.size());
        parts << QStringLiteral("l.style_no IN (%1)").arg(marks)
              << QStringLiteral(
                     "l.category IN (SELECT sl.category FROM sale_lines sl WHERE sl.style_no IN (%1) "
                     "AND sl.category <> '')")
                     .arg(marks);
        values << valuesOf(slow.styles) << valuesOf(slow.styles);
    }
    if (!slow.categories.isEmpty()) {
        parts << QStringLiteral("l.category IN (%1)").arg(placeholders(slow.categories.size()));
        values << valuesOf(slow.categories);
    }
    if (parts.isEmpty())
        parts << QStringLiteral("1 = 0");
    return {CampaignAudienceQuery::Filter::SlowStock,
        QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values};
}

void addSlowStock(QList<Condition> &conditions, const SlowStockFilter &slow)
{
    using Filter = CampaignAudienceQuery::Filter;
    if (!slow.styles.isEmpty() || !slow.categories.isEmpty() || !slow.styleTags.isEmpty()) {
        const Condition lines = similarLines(slow);
        // One IN over a UNION, not an OR of two: PostgreSQL cannot join an IN under an OR, and would
        // look through the sale lines again for every customer (hours on 100 000 customers); a single
        // IN is one pass, on both backends.
        QString sql = QStringLiteral(
            "c.id IN (SELECT s.customer_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
            "WHERE s.customer_id IS NOT NULL AND %1")
                          .arg(lines.sql);
        QVariantList values = lines.values;
        if (!slow.styleTags.isEmpty()) {
            sql += QStringLiteral(
                " UNION SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE t.name IN (%1)")
                       .arg(placeholders(slow.styleTags.size()));
            values << valuesOf(slow.styleTags);
        }
        conditions << Condition{Filter::SlowStock, sql + QLatin1Char(')'), values};
    }
    if (!slow.sizes.isEmpty()) {
        const QString marks = placeholders(slow.sizes.size());
        conditions << Condition{Filter::SlowStockSize,
            QStringLiteral("(c.size_top IN (%1) OR c.size_bottom IN (%1) OR EXISTS (SELECT 1 FROM "
                           "sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.customer_id = c.id AND "
                           "l.size IN (%1)))")
                .arg(marks),
            valuesOf(slow.sizes) + valuesOf(slow.sizes) + valuesOf(slow.sizes)};
    }
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
                "EXISTS (SELECT 1 FROM customer_tiers ct WHERE ct.customer_id = c.id AND ct.tier IN (%1))")
                         .arg(placeholders(codes.size()));
        if (none) // NOT EXISTS: PostgreSQL makes it an anti-join; NOT IN it cannot
            parts << QStringLiteral(
                "NOT EXISTS (SELECT 1 FROM customer_tiers ct WHERE ct.customer_id = c.id)");
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
    addSlowStock(conditions, filters.slowStock);
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
    const QList<Condition> conditions = conditionsOf(withStyleTags(filters));
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
    const QList<Condition> conditions = conditionsOf(withStyleTags(filters));
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

QStringList CampaignAudienceQuery::styleTagsOfBuyers(const SlowStockFilter &slowStock, int limit)
{
    if (slowStock.styles.isEmpty() && slowStock.categories.isEmpty())
        return {};
    // "Those styles": the style numbers when typed, otherwise the categories typed.
    const bool byStyle = !slowStock.styles.isEmpty();
    const QStringList bought = byStyle ? slowStock.styles : slowStock.categories;
    const QString where = QStringLiteral("%1 IN (%2)")
                              .arg(byStyle ? QStringLiteral("l.style_no") : QStringLiteral("l.category"),
                                  placeholders(bought.size()));
    QVariantList values = valuesOf(bought);
    values << limit;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            // The buyers first, as a set of their own: under `ct.customer_id IN (…)` PostgreSQL probed
            // every tagged customer's sales (5 s on the 100 000-customer store, 0.3 s so).
            "SELECT t.name, COUNT(*) AS carriers FROM (SELECT DISTINCT s.customer_id FROM sales s "
            "JOIN sale_lines l ON l.sale_id = s.id WHERE s.customer_id IS NOT NULL AND %1) b "
            "JOIN customer_tags ct ON ct.customer_id = b.customer_id JOIN tags t ON t.id = ct.tag_id "
            "WHERE t.category = 'style' AND t.archived = 0 GROUP BY t.name ORDER BY carriers DESC, t.name "
            "LIMIT ?")
            .arg(where),
        values);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

AudienceFilters CampaignAudienceQuery::withStyleTags(const AudienceFilters &filters)
{
    AudienceFilters filled = filters;
    if (filled.slowStock.styleTags.isEmpty())
        filled.slowStock.styleTags = styleTagsOfBuyers(filled.slowStock);
    return filled;
}

} // namespace atelier
