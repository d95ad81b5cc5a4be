#include "storage/sales_import_rows.h"

#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/server_connection.h"
#include "storage/server_copy.h"
#include "storage/server_statement.h"
#include "storage/sql.h"

#include <algorithm>
#include <vector>

namespace atelier {

namespace {

const QStringList saleColumns{QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("sold_at"),
    QStringLiteral("total_fen"), QStringLiteral("external_invoice"), QStringLiteral("external_customer")};
const QStringList lineColumns{QStringLiteral("id"), QStringLiteral("sale_id"), QStringLiteral("style_no"),
    QStringLiteral("category"), QStringLiteral("colour"), QStringLiteral("size"), QStringLiteral("quantity"),
    QStringLiteral("list_price_fen"), QStringLiteral("paid_price_fen"), QStringLiteral("import_key")};
const QStringList returnColumns{QStringLiteral("id"), QStringLiteral("sale_line_id"), QStringLiteral("kind"),
    QStringLiteral("returned_at"), QStringLiteral("quantity"), QStringLiteral("refund_fen"),
    QStringLiteral("reason"), QStringLiteral("import_key")};

QString insertInto(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(u", "), QStringLiteral("?, ").repeated(columns.size() - 1) + u'?');
}

const QString addToTotalStatement = QStringLiteral("UPDATE sales SET total_fen = total_fen + ? WHERE id = ?");

// SQLite: the writing transaction holds the file, so the ids after each table's largest are free.
class FileRows final : public SalesImportRows
{
public:
    explicit FileRows(const QSqlDatabase &db)
        : m_lastSale(largestId(db, QStringLiteral("sales")))
        , m_lastLine(largestId(db, QStringLiteral("sale_lines")))
        , m_lastReturn(largestId(db, QStringLiteral("returns")))
        , m_sale(db, insertInto(QStringLiteral("sales"), saleColumns))
        , m_line(db, insertInto(QStringLiteral("sale_lines"), lineColumns))
        , m_return(db, insertInto(QStringLiteral("returns"), returnColumns))
        , m_total(db, addToTotalStatement)
    {
    }

    qint64 newSaleId() override { return ++m_lastSale; }
    qint64 newLineId() override { return ++m_lastLine; }
    qint64 newReturnId() override { return ++m_lastReturn; }

    void addSale(qint64 id, std::optional<qint64> customerId, QStringView soldAt, QStringView invoice,
        QStringView externalCustomer) override
    {
        m_sale.bind(1, id);
        if (customerId)
            m_sale.bind(2, *customerId);
        else
            m_sale.bindNull(2);
        m_sale.bindUtf8(3, soldAt);
        m_sale.bind(4, qint64(0));
        m_sale.bindUtf8(5, invoice);
        if (externalCustomer.isEmpty())
            m_sale.bindNull(6);
        else
            m_sale.bindUtf8(6, externalCustomer);
        m_sale.exec();
    }

    void addLine(qint64 id, qint64 saleId, QStringView style, QStringView category, QStringView colour,
        QStringView size, int quantity, qint64 priceFen, QStringView key) override
    {
        m_line.bind(1, id);
        m_line.bind(2, saleId);
        m_line.bindUtf8(3, style);
        m_line.bindUtf8(4, category);
        m_line.bindUtf8(5, colour);
        m_line.bindUtf8(6, size);
        m_line.bind(7, static_cast<qint64>(quantity));
        m_line.bind(8, priceFen);
        m_line.bind(9, priceFen);
        m_line.bindUtf8(10, key);
        m_line.exec();
    }

    void addReturn(qint64 id, qint64 lineId, QStringView returnedAt, int pieces, qint64 refundFen,
        QStringView key) override
    {
        m_return.bind(1, id);
        m_return.bind(2, lineId);
        m_return.bindUtf8(3, u"return");
        m_return.bindUtf8(4, returnedAt);
        m_return.bind(5, static_cast<qint64>(pieces));
        m_return.bind(6, refundFen);
        m_return.bindUtf8(7, u"");
        m_return.bindUtf8(8, key);
        m_return.exec();
    }

    void addToTotal(qint64 saleId, qint64 fen) override
    {
        m_total.bind(1, fen);
        m_total.bind(2, saleId);
        m_total.exec();
    }

    void send() override { }

private:
    static qint64 largestId(const QSqlDatabase &db, const QString &table)
    {
        return sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)).toLongLong();
    }

    qint64 m_lastSale;
    qint64 m_lastLine;
    qint64 m_lastReturn;
    RawStatement m_sale;
    RawStatement m_line;
    RawStatement m_return;
    RawStatement m_total;
};

// A server's ids for one table, taken from its identity sequence a block at a time (one round trip per
// block; a sequence is never rolled back, so a counter selling meanwhile never gets the same id).
class IdBlocks
{
public:
    IdBlocks(const QSqlDatabase &db, const QString &table)
        : m_take(db,
            // The sequence named once: pg_get_serial_sequence() for every id would cost more than the ids.
            QStringLiteral("SELECT nextval('%1') FROM generate_series(1, ?)")
                .arg(sql::scalar(db, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table})
                         .toString()
                         .replace(u'\'', QStringLiteral("''"))))
    {
    }

    qint64 next()
    {
        if (m_next == m_ids.size()) {
            m_ids.clear();
            m_next = 0;
            m_take.bind(1, m_blockSize);
            while (m_take.next())
                m_ids.push_back(m_take.integer(0));
            // In file order, as on SQLite: the latest of two equal lines is the one with the larger id.
            std::sort(m_ids.begin(), m_ids.end());
            // Small imports waste few ids, large ones make few round trips.
            m_blockSize = std::min<qint64>(m_blockSize * 4, 16384);
        }
        return m_ids[m_next++];
    }

private:
    RawStatement m_take;
    std::vector<qint64> m_ids;
    std::size_t m_next = 0;
    qint64 m_blockSize = 64;
};

// PostgreSQL: rows by COPY in batches of a few megabytes. A sale waits in memory until its batch goes,
// so that its total, known once its lines are read, is in its row; only a sale already sent (an earlier
// import's, or one whose lines straddle two batches) gets an UPDATE, pipelined.
class ServerRows final : public SalesImportRows
{
public:
    explicit ServerRows(const QSqlDatabase &db)
        : m_connection(serverHandleOf(db))
        , m_saleIds(db, QStringLiteral("sales"))
        , m_lineIds(db, QStringLiteral("sale_lines"))
        , m_returnIds(db, QStringLiteral("returns"))
        , m_sales(QStringLiteral("sales"), saleColumns)
        , m_lines(QStringLiteral("sale_lines"), lineColumns)
        , m_returns(QStringLiteral("returns"), returnColumns)
        , m_total(db, addToTotalStatement, RawStatement::Writes::Pipelined)
    {
    }

    qint64 newSaleId() override { return m_saleIds.next(); }
    qint64 newLineId() override { return m_lineIds.next(); }
    qint64 newReturnId() override { return m_returnIds.next(); }

    void addSale(qint64 id, std::optional<qint64> customerId, QStringView soldAt, QStringView invoice,
        QStringView externalCustomer) override
    {
        m_pendingSales.push_back(PendingSale{
            id, customerId, soldAt.toString(), invoice.toString(), externalCustomer.toString(), 0});
    }

    void addLine(qint64 id, qint64 saleId, QStringView style, QStringView category, QStringView colour,
        QStringView size, int quantity, qint64 priceFen, QStringView key) override
    {
        m_lines.add(id);
        m_lines.add(saleId);
        m_lines.add(style);
        m_lines.add(category);
        m_lines.add(colour);
        m_lines.add(size);
        m_lines.add(static_cast<qint64>(quantity));
        m_lines.add(priceFen);
        m_lines.add(priceFen);
        m_lines.add(key);
        m_lines.endRow();
        if (m_lines.bytes() >= batchBytes)
            sendCopies();
    }

    void addReturn(qint64 id, qint64 lineId, QStringView returnedAt, int pieces, qint64 refundFen,
        QStringView key) override
    {
        m_returns.add(id);
        m_returns.add(lineId);
        m_returns.add(u"return");
        m_returns.add(returnedAt);
        m_returns.add(static_cast<qint64>(pieces));
        m_returns.add(refundFen);
        m_returns.add(u"");
        m_returns.add(key);
        m_returns.endRow();
        if (m_returns.bytes() >= batchBytes)
            sendCopies();
    }

    void addToTotal(qint64 saleId, qint64 fen) override
    {
        // Waiting sales are in id order.
        const auto pending = std::lower_bound(m_pendingSales.begin(), m_pendingSales.end(), saleId,
            [](const PendingSale &sale, qint64 id) { return sale.id < id; });
        if (pending != m_pendingSales.end() && pending->id == saleId) {
            pending->totalFen += fen;
            return;
        }
        m_total.bind(1, fen);
        m_total.bind(2, saleId);
        m_total.exec();
    }

    void send() override
    {
        sendCopies();
        ServerStatement::flushPipeline(m_connection);
    }

private:
    struct PendingSale
    {
        qint64 id;
        std::optional<qint64> customerId;
        QString soldAt;
        QString invoice;
        QString externalCustomer;
        qint64 totalFen;
    };

    // About 60 000 sale lines: few COPY statements, and the memory stays flat however large the file.
    static constexpr qsizetype batchBytes = 4 << 20;

    // Sales before their lines, lines before the returns that undo them.
    void sendCopies()
    {
        for (const PendingSale &sale : m_pendingSales) {
            m_sales.add(sale.id);
            if (sale.customerId)
                m_sales.add(*sale.customerId);
            else
                m_sales.addNull();
            m_sales.add(sale.soldAt);
            m_sales.add(sale.totalFen);
            m_sales.add(sale.invoice);
            if (sale.externalCustomer.isEmpty())
                m_sales.addNull();
            else
                m_sales.add(sale.externalCustomer);
            m_sales.endRow();
        }
        m_pendingSales.clear();
        m_sales.send(m_connection);
        m_lines.send(m_connection);
        m_returns.send(m_connection);
    }

    pg_conn *m_connection;
    IdBlocks m_saleIds;
    IdBlocks m_lineIds;
    IdBlocks m_returnIds;
    std::vector<PendingSale> m_pendingSales;
    ServerCopy m_sales;
    ServerCopy m_lines;
    ServerCopy m_returns;
    RawStatement m_total;
};

} // namespace

std::unique_ptr<SalesImportRows> SalesImportRows::open(const QSqlDatabase &db)
{
    if (backendOf(db) == Backend::PostgreSQL)
        return std::make_unique<ServerRows>(db);
    return std::make_unique<FileRows>(db);
}

} // namespace atelier
