#include "storage/bulk_loader.h"

#include "core/search_keys.h"
#include "core/stored_time.h"
#include "storage/customer_repository.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

void bindOptional(RawStatement &statement, int index, const std::optional<qint64> &id)
{
    if (id)
        statement.bind(index, *id);
    else
        statement.bindNull(index);
}

} // namespace

BulkLoader::BulkLoader(QSqlDatabase db)
{
    const QStringList columns = CustomerRepository::columns();
    const QString placeholders = QStringLiteral("?, ").repeated(columns.size() - 1) + u'?';
    m_customer = std::make_unique<RawStatement>(
        db, QStringLiteral("INSERT INTO customers (%1) VALUES (%2)").arg(columns.join(u", "), placeholders));
    m_searchKey = std::make_unique<RawStatement>(
        db, QStringLiteral("INSERT INTO search_keys (kind, search_key, customer_id) VALUES (?, ?, ?)"));
    // SQLite-specific: INSERT OR IGNORE (ON CONFLICT DO NOTHING on PostgreSQL).
    m_tag = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id, added_at) VALUES (?, ?, ?)"));
    m_sale = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO sales (customer_id, sold_at, clerk_id, total_fen, note) VALUES (?, ?, ?, ?, ?)"));
    m_line = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO sale_lines (sale_id, style_no, category, colour, size, quantity, "
            "list_price_fen, paid_price_fen, coupon_share_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_return = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO returns (sale_line_id, kind, returned_at, quantity, refund_fen, reason, "
                       "replacement_line_id, clerk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_points = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO points_ledger (customer_id, happened_at, kind, points, expires_on, "
            "sale_id, return_id, staff_id, reason, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_benefitUse = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO benefit_uses (customer_id, benefit_id, used_on, period_key, recorded_at, "
                       "staff_id, coupon_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (customer_id, benefit_id, period_key) DO NOTHING"));
    m_stylist = std::make_unique<RawStatement>(
        db, QStringLiteral("UPDATE customers SET stylist_id = ? WHERE id = ?"));
}

BulkLoader::~BulkLoader() = default;

// A sale's 'earn' row is dated like the sale just written, and QDateTime::toString costs a few
// microseconds: the last text is kept. Equal QDateTimes may differ in offset, which the text shows.
const QString &BulkLoader::storedTime(const QDateTime &time)
{
    if (time != m_lastTime || time.offsetFromUtc() != m_lastTime.offsetFromUtc()) {
        m_lastTime = time;
        m_lastTimeText = toStoredText(time);
    }
    return m_lastTimeText;
}

CustomerId BulkLoader::insertCustomer(const Customer &customer)
{
    return insertCustomer(
        customer, keysForCustomer(customer.name, customer.phone.digits(), customer.wechatId));
}

CustomerId BulkLoader::insertCustomer(const Customer &customer, const CustomerKeys &keys)
{
    const QVariantList values = CustomerRepository::values(customer, keys);
    for (int i = 0; i < values.size(); ++i)
        m_customer->bind(i + 1, values.at(i));
    m_customer->exec();
    const CustomerId id = m_customer->lastInsertId();
    for (const SearchKey &key : keys.search) {
        m_searchKey->bind(1, static_cast<qint64>(key.kind));
        m_searchKey->bind(2, key.key);
        m_searchKey->bind(3, id);
        m_searchKey->exec();
    }
    return id;
}

void BulkLoader::addTags(CustomerId id, const QList<TagId> &tagIds, const QDateTime &addedAt)
{
    const QString added = toStoredText(addedAt);
    for (TagId tag : tagIds) {
        m_tag->bind(1, id);
        m_tag->bind(2, tag);
        m_tag->bind(3, added);
        m_tag->exec();
    }
}

SaleId BulkLoader::insertSale(Sale &sale)
{
    bindOptional(*m_sale, 1, sale.customerId);
    m_sale->bind(2, storedTime(sale.soldAt));
    bindOptional(*m_sale, 3, sale.clerkId);
    m_sale->bind(4, static_cast<qint64>(sale.total().fen()));
    m_sale->bind(5, sale.note);
    m_sale->exec();
    sale.id = m_sale->lastInsertId();
    for (SaleLine &line : sale.lines) {
        m_line->bind(1, sale.id);
        m_line->bind(2, line.styleNumber);
        m_line->bind(3, line.category);
        m_line->bind(4, line.colour);
        m_line->bind(5, line.size);
        m_line->bind(6, static_cast<qint64>(line.quantity));
        m_line->bind(7, static_cast<qint64>(line.listPrice.fen()));
        m_line->bind(8, static_cast<qint64>(line.paidPrice.fen()));
        m_line->bind(9, static_cast<qint64>(line.couponShare.fen()));
        m_line->exec();
        line.id = m_line->lastInsertId();
    }
    return sale.id;
}

qint64 BulkLoader::insertReturn(const ReturnRecord &r)
{
    m_return->bind(1, r.saleLineId);
    m_return->bind(
        2, r.kind == ReturnRecord::Kind::Exchange ? QStringLiteral("exchange") : QStringLiteral("return"));
    m_return->bind(3, storedTime(r.returnedAt));
    m_return->bind(4, static_cast<qint64>(r.quantity));
    m_return->bind(5, static_cast<qint64>(r.refund.fen()));
    m_return->bind(6, r.reason);
    bindOptional(*m_return, 7, r.replacementLineId);
    bindOptional(*m_return, 8, r.clerkId);
    m_return->exec();
    return m_return->lastInsertId();
}

qint64 BulkLoader::insertPoints(const PointsMovement &m)
{
    m_points->bind(1, m.customer);
    m_points->bind(2, storedTime(m.happenedAt));
    m_points->bind(3, toCode(m.kind));
    m_points->bind(4, m.points);
    if (m.expiresOn.isValid())
        m_points->bind(5, toStoredText(m.expiresOn));
    else
        m_points->bindNull(5);
    bindOptional(*m_points, 6, m.sale);
    bindOptional(*m_points, 7, m.returnId);
    bindOptional(*m_points, 8, m.staff);
    m_points->bind(9, m.reason);
    bindOptional(*m_points, 10, m.runId);
    m_points->exec();
    return m_points->lastInsertId();
}

void BulkLoader::insertBenefitUse(const BenefitUse &use)
{
    m_benefitUse->bind(1, use.customerId);
    m_benefitUse->bind(2, use.benefitId);
    m_benefitUse->bind(3, toStoredText(use.usedOn));
    if (use.periodKey)
        m_benefitUse->bind(4, *use.periodKey);
    else
        m_benefitUse->bindNull(4);
    m_benefitUse->bind(5, storedTime(use.recordedAt));
    bindOptional(*m_benefitUse, 6, use.staffId);
    bindOptional(*m_benefitUse, 7, use.couponId);
    m_benefitUse->bind(8, use.note);
    m_benefitUse->exec();
}

void BulkLoader::setStylist(CustomerId customer, StaffId stylist)
{
    m_stylist->bind(1, stylist);
    m_stylist->bind(2, customer);
    m_stylist->exec();
}

} // namespace atelier
