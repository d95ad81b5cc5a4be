#include "storage/sales_import_writer.h"

#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

namespace atelier {

SalesImportWriter::SalesImportWriter(QSqlDatabase db)
    : m_db(db)
{
    auto make = [&db](const char *text) {
        return std::make_unique<RawStatement>(db, QString::fromUtf8(text));
    };
    m_lineKey = make("SELECT id FROM sale_lines WHERE import_key = ?");
    m_returnKey = make("SELECT id FROM returns WHERE import_key = ?");
    m_saleOfInvoice = make("SELECT id FROM sales WHERE external_invoice = ? ORDER BY id LIMIT 1");
    m_byExternal = make("SELECT id FROM customers WHERE external_id = ?");
    m_byPhone = make("SELECT id FROM customers WHERE phone = ?");
    m_sale = make("INSERT INTO sales (customer_id, sold_at, total_fen, external_invoice, external_customer) "
                  "VALUES (?, ?, 0, ?, ?)");
    m_line
        = make("INSERT INTO sale_lines (sale_id, style_no, category, colour, size, quantity, list_price_fen, "
               "paid_price_fen, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_total = make("UPDATE sales SET total_fen = total_fen + ? WHERE id = ?");
    // CROSS JOIN makes SQLite walk the customer's sales newest first (index sales_external_customer) and
    // stop at the first fit; by style first, a popular style's thousands of lines would be read per return.
    // The join's condition is in WHERE, where PostgreSQL takes it for the plain join it is.
    m_returnable
        = make("SELECT l.id FROM sales s CROSS JOIN sale_lines l "
               "WHERE l.sale_id = s.id AND s.external_customer = ? AND l.style_no = ? AND s.sold_at <= ? "
               "AND l.quantity - coalesce((SELECT sum(r.quantity) FROM returns r "
               "WHERE r.sale_line_id = l.id), 0) >= ? ORDER BY s.sold_at DESC, l.id DESC LIMIT 1");
    m_return = make("INSERT INTO returns (sale_line_id, kind, returned_at, quantity, refund_fen, reason, "
                    "import_key) VALUES (?, 'return', ?, ?, ?, '', ?)");
}

SalesImportWriter::~SalesImportWriter() = default;

bool SalesImportWriter::hasImportedRows()
{
    RawStatement any(m_db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM sale_lines WHERE import_key IS NOT NULL) "
                       "OR EXISTS (SELECT 1 FROM returns WHERE import_key IS NOT NULL)"));
    return any.firstInteger().has_value();
}

qint64 SalesImportWriter::storedLines()
{
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM sale_lines")).toLongLong();
}

void SalesImportWriter::deferIndexes(bool keys)
{
    QStringList names{QStringLiteral("sale_lines_style"), QStringLiteral("sales_customer"),
        QStringLiteral("sales_sold_at")};
    if (keys)
        names << QStringLiteral("sale_lines_import_key");
    for (const QString &name : names) {
        // The index's own CREATE statement, so that it comes back exactly as the migrations made it.
        const QString create = dialect::indexDefinition(m_db, name);
        if (create.isEmpty())
            continue;
        sql::execute(m_db, QStringLiteral("DROP INDEX %1").arg(name));
        m_deferred << create;
    }
}

void SalesImportWriter::restoreIndexes()
{
    for (const QString &create : std::as_const(m_deferred))
        sql::execute(m_db, create);
    m_deferred.clear();
}

bool SalesImportWriter::lineKeyExists(QStringView key)
{
    m_lineKey->bindUtf8(1, key);
    return m_lineKey->firstInteger().has_value();
}

bool SalesImportWriter::returnKeyExists(QStringView key)
{
    m_returnKey->bindUtf8(1, key);
    return m_returnKey->firstInteger().has_value();
}

std::optional<qint64> SalesImportWriter::saleOfInvoice(QStringView invoice)
{
    m_saleOfInvoice->bindUtf8(1, invoice);
    return m_saleOfInvoice->firstInteger();
}

std::optional<qint64> SalesImportWriter::customerByExternalId(QStringView externalId)
{
    m_byExternal->bindUtf8(1, externalId);
    return m_byExternal->firstInteger();
}

std::optional<qint64> SalesImportWriter::customerByPhone(QStringView digits)
{
    m_byPhone->bindUtf8(1, digits);
    return m_byPhone->firstInteger();
}

qint64 SalesImportWriter::insertSale(std::optional<qint64> customerId, QStringView storedSoldAt,
    QStringView invoice, QStringView externalCustomer)
{
    if (customerId)
        m_sale->bind(1, *customerId);
    else
        m_sale->bindNull(1);
    m_sale->bindUtf8(2, storedSoldAt);
    m_sale->bindUtf8(3, invoice);
    if (externalCustomer.isEmpty())
        m_sale->bindNull(4);
    else
        m_sale->bindUtf8(4, externalCustomer);
    m_sale->exec();
    return m_sale->lastInsertId();
}

qint64 SalesImportWriter::insertLine(qint64 saleId, QStringView style, QStringView category,
    QStringView colour, QStringView size, int quantity, qint64 priceFen, QStringView key)
{
    m_line->bind(1, saleId);
    m_line->bindUtf8(2, style);
    m_line->bindUtf8(3, category);
    m_line->bindUtf8(4, colour);
    m_line->bindUtf8(5, size);
    m_line->bind(6, static_cast<qint64>(quantity));
    m_line->bind(7, priceFen);
    m_line->bind(8, priceFen);
    m_line->bindUtf8(9, key);
    m_line->exec();
    return m_line->lastInsertId();
}

void SalesImportWriter::addToTotal(qint64 saleId, qint64 fen)
{
    m_total->bind(1, fen);
    m_total->bind(2, saleId);
    m_total->exec();
}

std::optional<qint64> SalesImportWriter::returnableLine(
    QStringView externalCustomer, QStringView style, QStringView storedAt, int pieces)
{
    m_returnable->bindUtf8(1, externalCustomer);
    m_returnable->bindUtf8(2, style);
    m_returnable->bindUtf8(3, storedAt);
    m_returnable->bind(4, static_cast<qint64>(pieces));
    return m_returnable->firstInteger();
}

void SalesImportWriter::insertReturn(
    qint64 lineId, QStringView storedAt, int pieces, qint64 refundFen, QStringView key)
{
    m_return->bind(1, lineId);
    m_return->bindUtf8(2, storedAt);
    m_return->bind(3, static_cast<qint64>(pieces));
    m_return->bind(4, refundFen);
    m_return->bindUtf8(5, key);
    m_return->exec();
}

} // namespace atelier
