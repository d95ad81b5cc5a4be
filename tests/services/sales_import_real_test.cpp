// The UCI "Online Retail" file (541 909 lines) through the importer, checked against sums that the
// sqlite3 shell computes from the same file on its own: a plain .import, then SQL.
#include "services/sales_import.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sql.h"
#include "support/online_retail.h"
#include "support/temp_store.h"

#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

// The importer's rules for a line it keeps, in SQL over the raw text columns.
const QString validPrice
    = QStringLiteral("CAST(UnitPrice AS REAL) >= 0 AND (instr(UnitPrice, '.') = 0 "
                     "OR length(rtrim(substr(UnitPrice, instr(UnitPrice, '.') + 1), '0')) <= 2)");
const QString fenOf = QStringLiteral("CAST(round(CAST(UnitPrice AS REAL) * 100) AS INTEGER)");

QStringList shell(const QString &database, const QString &csv, const QString &query)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        {database, QStringLiteral("-cmd"), QStringLiteral(".import --csv %1 raw").arg(csv), query});
    REQUIRE(sqlite.waitForFinished(120000));
    REQUIRE(sqlite.exitCode() == 0);
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().split(u'|');
}

} // namespace

TEST_CASE("the online-retail file imports with totals the sqlite3 shell confirms", "[services][import][real]")
{
    TempStore t;
    const QString csv = testing::decompressedOnlineRetail(QStringLiteral(ATELIER_SHARED_DATA), t.folder());
    REQUIRE_FALSE(csv.isEmpty());
    const QStringList expected = shell(t.folder() + QStringLiteral("/plain.db"), csv,
        QStringLiteral("SELECT count(*), "
                       "sum(q > 0 AND ok AND c = 0), "
                       "sum(CASE WHEN q > 0 AND ok AND c = 0 THEN q * fen END), "
                       "count(DISTINCT CASE WHEN q > 0 AND ok AND c = 0 THEN InvoiceNo END), "
                       "sum(q > 0 AND ok AND c = 0 AND CustomerID = ''), "
                       "sum(q < 0 AND ok) "
                       "FROM (SELECT *, CAST(Quantity AS INTEGER) AS q, InvoiceNo LIKE 'C%' AS c, %1 AS fen, "
                       "(%2) AS ok FROM raw)")
            .arg(fenOf, validPrice));
    REQUIRE(expected.size() == 6);
    const qint64 rows = expected.at(0).toLongLong();
    const qint64 lines = expected.at(1).toLongLong();
    const qint64 fen = expected.at(2).toLongLong();
    const qint64 invoices = expected.at(3).toLongLong();
    const qint64 walkIn = expected.at(4).toLongLong();
    const qint64 returnCandidates = expected.at(5).toLongLong();
    CHECK(rows == 541909);

    SalesImport importer(t.store().database(), t.clock());
    SalesImportRequest request;
    request.path = csv;
    request.mapping = *ImportMapping::parse(
        QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,price=UnitPrice,"
                       "customer=CustomerID"))
                           .mapping;
    QElapsedTimer timer;
    timer.start();
    const SalesImportResult r = importer.run(request);
    INFO(SalesImport::summary(r).toStdString() << " in " << timer.elapsed() << " ms");
    REQUIRE(r.outcome == SalesImportResult::Outcome::Imported);
    CHECK(r.rowsRead == rows);
    CHECK(r.linesImported == lines);
    CHECK(r.salesCreated == invoices);
    CHECK(r.linesWithoutCustomer == lines); // the fresh archive knows none of the till's customers
    CHECK(r.returnsImported > 0);
    CHECK(r.returnsImported < returnCandidates);
    CHECK(qint64(r.rejected.size()) == rows - lines - r.returnsImported);

    const QSqlDatabase db = t.store().database().connection();
    CHECK(sql::scalar(db, QStringLiteral("SELECT sum(total_fen) FROM sales")).toLongLong() == fen);
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT sum(quantity * paid_price_fen) FROM sale_lines")).toLongLong()
        == fen);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales")).toLongLong() == invoices);
    CHECK(sql::scalar(db,
              QStringLiteral("SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                             "WHERE s.external_customer IS NULL"))
              .toLongLong()
        == walkIn);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM returns")).toLongLong() == r.returnsImported);
    // Every return is matched to a line of the same till customer and never exceeds what was bought.
    CHECK(sql::scalar(db,
              QStringLiteral(
                  "SELECT count(*) FROM (SELECT l.id FROM returns x JOIN sale_lines l ON l.id = "
                  "x.sale_line_id GROUP BY l.id HAVING sum(x.quantity) > min(l.quantity)) AS overdrawn"))
              .toLongLong()
        == 0);

    // The import deferred the sale lines' style and key indexes (a large import) and built them again.
    CHECK_FALSE(dialect::indexDefinition(db, QStringLiteral("sale_lines_style")).isEmpty());
    CHECK_FALSE(dialect::indexDefinition(db, QStringLiteral("sale_lines_import_key")).isEmpty());

    // The same file again adds nothing.
    const SalesImportResult again = importer.run(request);
    CHECK(again.outcome == SalesImportResult::Outcome::NothingImported);
    CHECK(again.alreadyImported == lines + r.returnsImported);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sale_lines")).toLongLong() == lines);
}
