#include "storage/bulk_loader.h"

#include "core/search_keys.h"
#include "core/stored_time.h"
#include "storage/customer_repository.h"
#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/server_connection.h"
#include "storage/server_copy.h"
#include "storage/server_statement.h"
#include "storage/value_shape.h"

namespace atelier {

namespace {

void bindOptional(RawStatement &statement, int index, const std::optional<qint64> &id)
{
    if (id)
        statement.bind(index, *id);
    else
        statement.bindNull(index);
}

void addOptional(ServerCopy &copy, const std::optional<qint64> &id)
{
    if (id)
        copy.add(*id);
    else
        copy.addNull();
}

// As RawStatement::bind(QVariant): a typed null is NULL, integers are numbers, the rest is text.
void addValue(ServerCopy &copy, const QVariant &value)
{
    switch (shapeOf(value)) {
    case ValueShape::Null:
        return copy.addNull();
    case ValueShape::Integer:
        return copy.add(value.toLongLong());
    case ValueShape::Text:
        return copy.add(value.toString());
    }
}

// A COPY batch this large goes out while the load goes on: a few round trips per batch, and the
// memory stays small.
constexpr qsizetype heldBytes = 4 * 1024 * 1024;

qint64 largestId(const QSqlDatabase &db, const QString &table)
{
    RawStatement largest(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    return largest.firstInteger().value_or(0);
}

} // namespace

struct BulkLoader::ServerRows
{
    pg_conn *connection = nullptr;
    // In the order they are sent: each table's rows refer only to rows of the tables before it.
    ServerCopy customers, keys, tags, sales, lines, returns, points;
    QList<BenefitUse> uses;
    QList<QPair<CustomerId, StaffId>> stylists;
    // Customers this loader made, whose tags go by COPY (which cannot skip a duplicate: the pairs
    // written are remembered); an earlier customer's tags go by statement, duplicates skipped.
    CustomerId firstNew = 0;
    QSet<QPair<CustomerId, TagId>> tagged;
    bool sending = false;

    qsizetype bytes() const
    {
        return customers.bytes() + keys.bytes() + tags.bytes() + sales.bytes() + lines.bytes()
            + returns.bytes() + points.bytes();
    }
};

BulkLoader::BulkLoader(QSqlDatabase db)
    : m_db(db)
    , m_lastCustomer(largestId(db, QStringLiteral("customers")))
    , m_lastSale(largestId(db, QStringLiteral("sales")))
    , m_lastLine(largestId(db, QStringLiteral("sale_lines")))
    , m_lastReturn(largestId(db, QStringLiteral("returns")))
    , m_lastPoints(largestId(db, QStringLiteral("points_ledger")))
{
    constexpr auto pipelined = RawStatement::Writes::Pipelined;
    const QStringList columns = CustomerRepository::columns();
    const QString placeholders = QStringLiteral("?, ").repeated(columns.size()) + u'?';
    m_customer = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO customers (id, %1) VALUES (%2)").arg(columns.join(u", "), placeholders),
        pipelined);
    m_searchKey = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO search_keys (kind, search_key, customer_id) VALUES (?, ?, ?)"),
        pipelined);
    m_tag = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, added_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (customer_id, tag_id) DO NOTHING"),
        pipelined);
    m_sale = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO sales (id, customer_id, sold_at, clerk_id, total_fen, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        pipelined);
    m_line = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO sale_lines (id, sale_id, style_no, category, colour, size, quantity, "
            "list_price_fen, paid_price_fen, coupon_share_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pipelined);
    m_return = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO returns (id, sale_line_id, kind, returned_at, quantity, refund_fen, reason, "
            "replacement_line_id, clerk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pipelined);
    m_points = std::make_unique<RawStatement>(db,
        QStringLiteral(
            "INSERT INTO points_ledger (id, customer_id, happened_at, kind, points, expires_on, "
            "sale_id, return_id, staff_id, reason, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pipelined);
    m_benefitUse = std::make_unique<RawStatement>(db,
        QStringLiteral("INSERT INTO benefit_uses (customer_id, benefit_id, used_on, period_key, recorded_at, "
                       "staff_id, coupon_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (customer_id, benefit_id, period_key) DO NOTHING"),
        pipelined);
    m_stylist = std::make_unique<RawStatement>(
        db, QStringLiteral("UPDATE customers SET stylist_id = ? WHERE id = ?"), pipelined);
    if (backendOf(db) != Backend::PostgreSQL)
        return;
    const auto list = [](const char *names) {
        return QString::fromLatin1(names).split(QStringLiteral(", "));
    };
    m_server.reset(new ServerRows{serverHandleOf(db),
        ServerCopy(QStringLiteral("customers"), QStringList{QStringLiteral("id")} + columns),
        ServerCopy(QStringLiteral("search_keys"), list("kind, search_key, customer_id")),
        ServerCopy(QStringLiteral("customer_tags"), list("customer_id, tag_id, added_at")),
        ServerCopy(QStringLiteral("sales"), list("id, customer_id, sold_at, clerk_id, total_fen, note")),
        ServerCopy(QStringLiteral("sale_lines"),
            list("id, sale_id, style_no, category, colour, size, quantity, list_price_fen, paid_price_fen, "
                 "coupon_share_fen")),
        ServerCopy(QStringLiteral("returns"),
            list("id, sale_line_id, kind, returned_at, quantity, refund_fen, reason, replacement_line_id, "
                 "clerk_id")),
        ServerCopy(QStringLiteral("points_ledger"),
            list("id, customer_id, happened_at, kind, points, expires_on, sale_id, return_id, staff_id, "
                 "reason, run_id")),
        {}, {}, m_lastCustomer + 1, {}, false});
    ServerStatement::holdRows(m_server->connection, this, [this] { sendHeld(); });
}

void BulkLoader::sendHeld()
{
    ServerRows &server = *m_server;
    if (server.sending)
        return;
    server.sending = true;
    try {
        for (ServerCopy *copy : {&server.customers, &server.keys, &server.tags, &server.sales, &server.lines,
                 &server.returns, &server.points})
            copy->send(server.connection);
        for (const BenefitUse &use : std::as_const(server.uses))
            writeBenefitUse(use);
        server.uses.clear();
        for (const auto &[customer, stylist] : std::as_const(server.stylists))
            writeStylist(customer, stylist);
        server.stylists.clear();
    } catch (...) {
        server.sending = false;
        throw;
    }
    server.sending = false;
}

void BulkLoader::sendWhenLarge()
{
    if (m_server->bytes() >= heldBytes)
        sendHeld();
}

void BulkLoader::flush()
{
    if (m_server)
        sendHeld();
    sendQueuedRows(m_db.driver());
}

void BulkLoader::finish()
{
    flush();
    for (const QString &table :
        {QStringLiteral("customers"), QStringLiteral("sales"), QStringLiteral("sale_lines"),
            QStringLiteral("returns"), QStringLiteral("points_ledger"), QStringLiteral("benefit_uses")})
        dialect::followIdSequence(m_db, table);
    if (m_server)
        dialect::refreshStatistics(m_db,
            {QStringLiteral("customers"), QStringLiteral("search_keys"), QStringLiteral("customer_tags"),
                QStringLiteral("sales"), QStringLiteral("sale_lines"), QStringLiteral("returns"),
                QStringLiteral("points_ledger")});
}

BulkLoader::~BulkLoader()
{
    // Rows still held were never flushed: the caller's transaction is rolling back (finish() sends
    // them before a commit).
    if (m_server)
        ServerStatement::releaseRows(m_server->connection, this);
}

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
    const CustomerId id = ++m_lastCustomer;
    const QVariantList values = CustomerRepository::values(customer, keys);
    if (m_server) {
        ServerCopy &row = m_server->customers;
        row.add(id);
        for (const QVariant &value : values)
            addValue(row, value);
        row.endRow();
        for (const SearchKey &key : keys.search) {
            m_server->keys.add(static_cast<qint64>(key.kind));
            m_server->keys.add(key.key);
            m_server->keys.add(id);
            m_server->keys.endRow();
        }
        sendWhenLarge();
        return id;
    }
    m_customer->bind(1, id);
    for (int i = 0; i < values.size(); ++i)
        m_customer->bind(i + 2, values.at(i));
    m_customer->exec();
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
    if (m_server && id >= m_server->firstNew) {
        for (TagId tag : tagIds) {
            if (m_server->tagged.contains({id, tag}))
                continue;
            m_server->tagged.insert({id, tag});
            m_server->tags.add(id);
            m_server->tags.add(tag);
            m_server->tags.add(added);
            m_server->tags.endRow();
        }
        sendWhenLarge();
        return;
    }
    for (TagId tag : tagIds) {
        m_tag->bind(1, id);
        m_tag->bind(2, tag);
        m_tag->bind(3, added);
        m_tag->exec();
    }
}

SaleId BulkLoader::insertSale(Sale &sale)
{
    sale.id = ++m_lastSale;
    if (m_server) {
        ServerCopy &row = m_server->sales;
        row.add(sale.id);
        addOptional(row, sale.customerId);
        row.add(storedTime(sale.soldAt));
        addOptional(row, sale.clerkId);
        row.add(static_cast<qint64>(sale.total().fen()));
        row.add(sale.note);
        row.endRow();
        for (SaleLine &line : sale.lines) {
            line.id = ++m_lastLine;
            ServerCopy &l = m_server->lines;
            l.add(line.id);
            l.add(sale.id);
            l.add(line.styleNumber);
            l.add(line.category);
            l.add(line.colour);
            l.add(line.size);
            l.add(static_cast<qint64>(line.quantity));
            l.add(static_cast<qint64>(line.listPrice.fen()));
            l.add(static_cast<qint64>(line.paidPrice.fen()));
            l.add(static_cast<qint64>(line.couponShare.fen()));
            l.endRow();
        }
        sendWhenLarge();
        return sale.id;
    }
    m_sale->bind(1, sale.id);
    bindOptional(*m_sale, 2, sale.customerId);
    m_sale->bind(3, storedTime(sale.soldAt));
    bindOptional(*m_sale, 4, sale.clerkId);
    m_sale->bind(5, static_cast<qint64>(sale.total().fen()));
    m_sale->bind(6, sale.note);
    m_sale->exec();
    for (SaleLine &line : sale.lines) {
        line.id = ++m_lastLine;
        m_line->bind(1, line.id);
        m_line->bind(2, sale.id);
        m_line->bind(3, line.styleNumber);
        m_line->bind(4, line.category);
        m_line->bind(5, line.colour);
        m_line->bind(6, line.size);
        m_line->bind(7, static_cast<qint64>(line.quantity));
        m_line->bind(8, static_cast<qint64>(line.listPrice.fen()));
        m_line->bind(9, static_cast<qint64>(line.paidPrice.fen()));
        m_line->bind(10, static_cast<qint64>(line.couponShare.fen()));
        m_line->exec();
    }
    return sale.id;
}

qint64 BulkLoader::insertReturn(const ReturnRecord &r)
{
    const qint64 id = ++m_lastReturn;
    if (m_server) {
        ServerCopy &row = m_server->returns;
        row.add(id);
        row.add(r.saleLineId);
        row.add(r.kind == ReturnRecord::Kind::Exchange ? u"exchange" : u"return");
        row.add(storedTime(r.returnedAt));
        row.add(static_cast<qint64>(r.quantity));
        row.add(static_cast<qint64>(r.refund.fen()));
        row.add(r.reason);
        addOptional(row, r.replacementLineId);
        addOptional(row, r.clerkId);
        row.endRow();
        sendWhenLarge();
        return id;
    }
    m_return->bind(1, id);
    m_return->bind(2, r.saleLineId);
    m_return->bind(
        3, r.kind == ReturnRecord::Kind::Exchange ? QStringLiteral("exchange") : QStringLiteral("return"));
    m_return->bind(4, storedTime(r.returnedAt));
    m_return->bind(5, static_cast<qint64>(r.quantity));
    m_return->bind(6, static_cast<qint64>(r.refund.fen()));
    m_return->bind(7, r.reason);
    bindOptional(*m_return, 8, r.replacementLineId);
    bindOptional(*m_return, 9, r.clerkId);
    m_return->exec();
    return id;
}

qint64 BulkLoader::insertPoints(const PointsMovement &m)
{
    const qint64 id = ++m_lastPoints;
    if (m_server) {
        ServerCopy &row = m_server->points;
        row.add(id);
        row.add(m.customer);
        row.add(storedTime(m.happenedAt));
        row.add(toCode(m.kind));
        row.add(m.points);
        if (m.expiresOn.isValid())
            row.add(toStoredText(m.expiresOn));
        else
            row.addNull();
        addOptional(row, m.sale);
        addOptional(row, m.returnId);
        addOptional(row, m.staff);
        row.add(m.reason);
        addOptional(row, m.runId);
        row.endRow();
        sendWhenLarge();
        return id;
    }
    m_points->bind(1, id);
    m_points->bind(2, m.customer);
    m_points->bind(3, storedTime(m.happenedAt));
    m_points->bind(4, toCode(m.kind));
    m_points->bind(5, m.points);
    if (m.expiresOn.isValid())
        m_points->bind(6, toStoredText(m.expiresOn));
    else
        m_points->bindNull(6);
    bindOptional(*m_points, 7, m.sale);
    bindOptional(*m_points, 8, m.returnId);
    bindOptional(*m_points, 9, m.staff);
    m_points->bind(10, m.reason);
    bindOptional(*m_points, 11, m.runId);
    m_points->exec();
    return id;
}

void BulkLoader::insertBenefitUse(const BenefitUse &use)
{
    if (m_server)
        m_server->uses.append(use);
    else
        writeBenefitUse(use);
}

void BulkLoader::writeBenefitUse(const BenefitUse &use)
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
    if (m_server)
        m_server->stylists.append({customer, stylist});
    else
        writeStylist(customer, stylist);
}

void BulkLoader::writeStylist(CustomerId customer, StaffId stylist)
{
    m_stylist->bind(1, stylist);
    m_stylist->bind(2, customer);
    m_stylist->exec();
}

} // namespace atelier
