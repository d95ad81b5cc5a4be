#include "storage/customer_export_query.h"

#include "storage/customer_repository.h"
#include "storage/dialect.h"
#include "storage/loyalty_report_repository.h"
#include "storage/sql.h"

#include <QStringList>

#include <algorithm>

namespace atelier {

namespace {

// c is the customer, t their tier, s their scores: the aliases the loyalty filter's SQL uses.
const QString loyaltyJoins = QStringLiteral(" LEFT JOIN customer_tiers t ON t.customer_id = c.id LEFT JOIN "
                                            "customer_scores s ON s.customer_id = c.id");

QString expressionOf(ExportColumn column, Backend backend)
{
    switch (column) {
    case ExportColumn::CustomerId:
        return QStringLiteral("c.id");
    case ExportColumn::Name:
        return QStringLiteral("c.name");
    case ExportColumn::Phone:
        return QStringLiteral("c.phone");
    case ExportColumn::Gender:
        return QStringLiteral("c.gender");
    case ExportColumn::Birthday:
        return QStringLiteral("c.birthday");
    case ExportColumn::TopSize:
        return QStringLiteral("c.size_top");
    case ExportColumn::BottomSize:
        return QStringLiteral("c.size_bottom");
    case ExportColumn::ShoeSize:
        return QStringLiteral("c.size_shoe");
    case ExportColumn::BodyType:
        return QStringLiteral("c.body_type");
    case ExportColumn::Source:
        return QStringLiteral("c.source");
    case ExportColumn::WechatId:
        return QStringLiteral("c.wechat_id");
    case ExportColumn::Tags:
        return QStringLiteral("(SELECT %1 FROM customer_tags ct JOIN tags g ON g.id = ct.tag_id "
                              "WHERE ct.customer_id = c.id)")
            .arg(dialect::stringAgg(
                backend, QStringLiteral("g.name"), QStringLiteral("', '"), QStringLiteral("ct.tag_id")));
    case ExportColumn::RegisteredOn:
        return QStringLiteral("c.created_at");
    case ExportColumn::Tier:
        return QStringLiteral("COALESCE(t.tier, '')");
    case ExportColumn::Segment:
        return QStringLiteral("COALESCE(s.segment, '')");
    case ExportColumn::NamedSegment:
        return QStringLiteral("COALESCE(s.named_segment, '')");
    case ExportColumn::Spend:
        return QStringLiteral("COALESCE(s.spend_fen, 0)");
    case ExportColumn::LastPurchase:
        return QStringLiteral("s.last_purchase");
    }
    return QStringLiteral("NULL");
}

bool isLoyalty(ExportColumn column)
{
    return column == ExportColumn::Tier || column == ExportColumn::Segment
        || column == ExportColumn::NamedSegment || column == ExportColumn::Spend
        || column == ExportColumn::LastPurchase;
}

QVariantList storedRow(const QSqlQuery &query, int columns)
{
    QVariantList stored;
    stored.reserve(columns);
    for (int i = 0; i < columns; ++i)
        stored << query.value(i);
    return stored;
}

void visitAll(QSqlQuery &query, int columns, const CustomerExportQuery::Visit &visit)
{
    while (query.next()) {
        if (!visit(storedRow(query, columns)))
            return;
    }
}

} // namespace

CustomerExportQuery::CustomerExportQuery(QSqlDatabase db, QList<ExportColumn> columns)
    : m_db(std::move(db))
    , m_columns(std::move(columns))
{
}

QString CustomerExportQuery::selectList() const
{
    QStringList expressions;
    for (const ExportColumn column : m_columns)
        expressions << expressionOf(column, backendOf(m_db));
    return expressions.join(QStringLiteral(", "));
}

bool CustomerExportQuery::needsLoyalty() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(), isLoyalty);
}

QString CustomerExportQuery::select(bool withLoyalty) const
{
    return QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM customers c")
        + (withLoyalty ? loyaltyJoins : QString());
}

void CustomerExportQuery::forEach(const ArchiveFilter &filter, const Visit &visit)
{
    QVariantList values;
    const QString where = CustomerRepository::filterSql(filter, values);
    QSqlQuery query = sql::run(
        m_db, select(needsLoyalty()) + where + QStringLiteral(" ORDER BY c.name_sort, c.id"), values);
    visitAll(query, int(m_columns.size()), visit);
}

void CustomerExportQuery::forEach(const LoyaltyFilter &filter, const Visit &visit)
{
    QVariantList values;
    const QString where = LoyaltyReportRepository::filterSql(filter, values);
    // The filter reads t and s whatever the columns; the order is the Tiers page's list order.
    QSqlQuery query = sql::run(
        m_db, select(true) + where + QStringLiteral(" ORDER BY COALESCE(s.spend_fen, 0) DESC, c.id"), values);
    visitAll(query, int(m_columns.size()), visit);
}

void CustomerExportQuery::forEach(const QList<CustomerId> &ids, const Visit &visit)
{
    // One indexed look-up per customer keeps the caller's order; task lists are short.
    QSqlQuery query = sql::prepare(m_db, select(needsLoyalty()) + QStringLiteral(" WHERE c.id = ?"));
    query.setForwardOnly(true);
    const int columns = int(m_columns.size());
    for (const CustomerId id : ids) {
        sql::bind(query, 0, qlonglong(id));
        sql::exec(query);
        if (query.next() && !visit(storedRow(query, columns)))
            return;
    }
}

} // namespace atelier
