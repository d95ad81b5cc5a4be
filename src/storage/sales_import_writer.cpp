#include "storage/sales_import_writer.h"

#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/sales_import_rows.h"
#include "storage/sql.h"

namespace atelier {

namespace {

bool anyRow(const QSqlDatabase &db, const QString &condition)
{
    RawStatement any(db, QStringLiteral("SELECT 1 WHERE EXISTS (%1)").arg(condition));
    return any.firstInteger().has_value();
}

// Every value of a query's first column, kept in a pool.
TextPool readTexts(const QSqlDatabase &db, const QString &query)
{
    TextPool texts;
    RawStatement read(db, query);
    while (read.next())
        texts.intern(read.text(0));
    return texts;
}

QHash<QString, qint64> readIds(const QSqlDatabase &db, const QString &query)
{
    QHash<QString, qint64> ids;
    RawStatement read(db, query);
    while (read.next())
        ids.insert(read.text(0), read.integer(1));
    return ids;
}

} // namespace

SalesImportWriter::SalesImportWriter(QSqlDatabase db)
    : m_db(db)
    , m_rows(SalesImportRows::open(db))
    , m_linesBefore(
          sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM sale_lines")).toLongLong())
{
    // The first sale of each invoice an earlier import made (none on a store that never imported).
    RawStatement earlier(db,
        QStringLiteral("SELECT external_invoice, id, external_customer, sold_at FROM sales "
                       "WHERE external_invoice IS NOT NULL ORDER BY id"));
    while (earlier.next()) {
        const QString invoice = earlier.text(0);
        if (!m_earlierSales.contains(invoice))
            m_earlierSales.insert(invoice, EarlierSale{earlier.integer(1), earlier.text(2), earlier.text(3)});
    }
    m_earlierTillSales
        = anyRow(db, QStringLiteral("SELECT 1 FROM sales WHERE external_customer IS NOT NULL"));
}

SalesImportWriter::~SalesImportWriter() = default;

bool SalesImportWriter::hasImportedRows()
{
    return anyRow(m_db, QStringLiteral("SELECT 1 FROM sale_lines WHERE import_key IS NOT NULL"))
        || anyRow(m_db, QStringLiteral("SELECT 1 FROM returns WHERE import_key IS NOT NULL"));
}

void SalesImportWriter::deferIndexes(bool wholeTables, bool keys)
{
    QStringList names;
    if (wholeTables)
        names << QStringLiteral("sale_lines_style") << QStringLiteral("sales_customer")
              << QStringLiteral("sales_sold_at");
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
    m_rows->send();
    for (const QString &create : std::as_const(m_deferred))
        sql::execute(m_db, create);
    // Without it the next import's look-ups would be planned for the tables as they were.
    if (!m_deferred.isEmpty())
        dialect::refreshStatistics(
            m_db, {QStringLiteral("sales"), QStringLiteral("sale_lines"), QStringLiteral("returns")});
    m_deferred.clear();
}

bool SalesImportWriter::lineKeyExists(QStringView invoice, QStringView key)
{
    // The lines of an invoice come together: one look-up of its sale for all of them.
    if (invoice != m_keyInvoice) {
        m_keyInvoice = invoice.toString();
        const auto sale = m_earlierSales.constFind(m_keyInvoice);
        m_keySale = sale == m_earlierSales.cend() ? 0 : sale->id;
        if (m_keySale != 0)
            readKeysNear(m_keySale);
    }
    return m_keySale != 0 && m_lineKeys.contains(key);
}

// An earlier import made its sales in the order of its file: a file imported again asks for them in about
// that order, and a block of neighbouring sales answers the next few hundred invoices at once.
void SalesImportWriter::readKeysNear(qint64 sale)
{
    constexpr qint64 salesPerBlock = 512;
    const qint64 block = sale / salesPerBlock;
    if (m_keyBlocksRead.contains(block))
        return;
    if (!m_keysOfSales)
        m_keysOfSales = std::make_unique<RawStatement>(m_db,
            QStringLiteral("SELECT import_key FROM sale_lines WHERE sale_id >= ? AND sale_id < ? "
                           "AND import_key IS NOT NULL"));
    m_keysOfSales->bind(1, block * salesPerBlock);
    m_keysOfSales->bind(2, (block + 1) * salesPerBlock);
    while (m_keysOfSales->next())
        m_lineKeys.intern(m_keysOfSales->text(0));
    m_keyBlocksRead.insert(block);
}

bool SalesImportWriter::returnKeyExists(QStringView key)
{
    if (!m_returnKeys)
        m_returnKeys
            = readTexts(m_db, QStringLiteral("SELECT import_key FROM returns WHERE import_key IS NOT NULL"));
    return m_returnKeys->contains(key);
}

std::optional<qint64> SalesImportWriter::saleOfInvoice(QStringView invoice)
{
    const auto sale = m_earlierSales.constFind(invoice.toString());
    if (sale == m_earlierSales.cend())
        return std::nullopt;
    if (!sale->externalCustomer.isEmpty())
        m_tillSales.insert(sale->id, m_matcher.sale(sale->externalCustomer, sale->soldAt));
    return sale->id;
}

std::optional<qint64> SalesImportWriter::customerByExternalId(QStringView externalId)
{
    if (!m_byExternalId)
        m_byExternalId = readIds(
            m_db, QStringLiteral("SELECT external_id, id FROM customers WHERE external_id IS NOT NULL"));
    const auto id = m_byExternalId->constFind(externalId.toString());
    return id == m_byExternalId->cend() ? std::nullopt : std::optional<qint64>(*id);
}

std::optional<qint64> SalesImportWriter::customerByPhone(QStringView digits)
{
    if (!m_byPhone)
        m_byPhone = readIds(m_db, QStringLiteral("SELECT phone, id FROM customers"));
    const auto id = m_byPhone->constFind(digits.toString());
    return id == m_byPhone->cend() ? std::nullopt : std::optional<qint64>(*id);
}

qint64 SalesImportWriter::insertSale(std::optional<qint64> customerId, QStringView storedSoldAt,
    QStringView invoice, QStringView externalCustomer)
{
    const qint64 id = m_rows->newSaleId();
    m_rows->addSale(id, customerId, storedSoldAt, invoice, externalCustomer);
    if (!externalCustomer.isEmpty())
        m_tillSales.insert(id, m_matcher.sale(externalCustomer, storedSoldAt));
    return id;
}

qint64 SalesImportWriter::insertLine(qint64 saleId, QStringView style, QStringView category,
    QStringView colour, QStringView size, int quantity, qint64 priceFen, QStringView key)
{
    const qint64 id = m_rows->newLineId();
    m_rows->addLine(id, saleId, style, category, colour, size, quantity, priceFen, key);
    if (const auto sale = m_tillSales.constFind(saleId); sale != m_tillSales.cend())
        m_matcher.add(*sale, style, id, quantity);
    return id;
}

void SalesImportWriter::addToTotal(qint64 saleId, qint64 fen)
{
    m_rows->addToTotal(saleId, fen);
}

std::optional<qint64> SalesImportWriter::takeReturnableLine(
    QStringView externalCustomer, QStringView style, QStringView storedAt, int pieces)
{
    if (m_earlierTillSales && !m_customersRead.contains(externalCustomer.toString()))
        loadEarlierLinesOf(externalCustomer);
    return m_matcher.take(externalCustomer, style, storedAt, pieces);
}

// Before this customer's first return: the lines earlier imports sold them, with what earlier returns
// left of each. This run's lines are known already; nothing of this run has returned an earlier line yet.
void SalesImportWriter::loadEarlierLinesOf(QStringView externalCustomer)
{
    if (!m_earlierLines)
        m_earlierLines = std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "SELECT l.id, l.style_no, s.sold_at, l.quantity - coalesce((SELECT sum(r.quantity) "
                "FROM returns r WHERE r.sale_line_id = l.id), 0) "
                "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                "WHERE s.external_customer = ? AND l.id <= ?"));
    m_earlierLines->bindUtf8(1, externalCustomer);
    m_earlierLines->bind(2, m_linesBefore);
    while (m_earlierLines->next())
        m_matcher.add(m_matcher.sale(externalCustomer, m_earlierLines->text(2)), m_earlierLines->text(1),
            m_earlierLines->integer(0), m_earlierLines->integer(3));
    m_customersRead.insert(externalCustomer.toString());
}

void SalesImportWriter::insertReturn(
    qint64 lineId, QStringView storedAt, int pieces, qint64 refundFen, QStringView key)
{
    m_rows->addReturn(m_rows->newReturnId(), lineId, storedAt, pieces, refundFen, key);
}

void SalesImportWriter::finish()
{
    m_rows->send();
}

} // namespace atelier
