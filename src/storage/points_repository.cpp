#include "storage/points_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString movementColumns = QStringLiteral(
    "id, customer_id, happened_at, kind, points, expires_on, sale_id, return_id, staff_id, reason, run_id");

PointsMovement readMovement(const QSqlQuery &q)
{
    PointsMovement m;
    m.id = q.value(0).toLongLong();
    m.customer = q.value(1).toLongLong();
    m.happenedAt = timeFromStoredText(q.value(2).toString());
    // The table's CHECK allows only the five codes.
    m.kind = pointsKindFromCode(q.value(3).toString()).value_or(PointsMovement::Kind::Adjust);
    m.points = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        m.expiresOn = dateFromStoredText(q.value(5).toString());
    m.sale = sql::idAt(q, 6);
    m.returnId = sql::idAt(q, 7);
    m.staff = sql::idAt(q, 8);
    m.reason = q.value(9).toString();
    m.runId = sql::idAt(q, 10);
    return m;
}

} // namespace

PointsRepository::PointsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PointsRepository::~PointsRepository() = default;

qint64 PointsRepository::append(const PointsMovement &m)
{
    // Prepared once per repository: the first nightly run on a big store expires points of tens of
    // thousands of customers through one repository.
    if (m_append.lastQuery().isEmpty())
        m_append = sql::prepare(m_db,
            QStringLiteral(
                "INSERT INTO points_ledger (customer_id, happened_at, kind, points, expires_on, "
                "sale_id, return_id, staff_id, reason, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"));
    const QVariant values[] = {qlonglong(m.customer), toStoredText(m.happenedAt), toCode(m.kind),
        qlonglong(m.points), sql::optionalDate(m.expiresOn), sql::optionalId(m.sale),
        sql::optionalId(m.returnId), sql::optionalId(m.staff), m.reason, sql::optionalId(m.runId)};
    for (int i = 0; i < 10; ++i)
        sql::bind(m_append, i, values[i]);
    sql::exec(m_append);
    return sql::insertedId(m_append);
}

qint64 PointsRepository::balance(CustomerId customer)
{
    const QVariant sum = sql::scalar(m_db,
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE customer_id = ?"),
        {qlonglong(customer)});
    return sum.toLongLong();
}

QList<PointsMovement> PointsRepository::read(const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = sql::run(m_db, statement, values);
    QList<PointsMovement> rows;
    while (query.next())
        rows << readMovement(query);
    return rows;
}

QList<PointsMovement> PointsRepository::movements(CustomerId customer, int limit)
{
    return read(QStringLiteral("SELECT %1 FROM points_ledger WHERE customer_id = ? ORDER BY id DESC LIMIT ?")
                    .arg(movementColumns),
        {qlonglong(customer), limit});
}

QList<PointsMovement> PointsRepository::ledger(CustomerId customer)
{
    return read(
        QStringLiteral("SELECT %1 FROM points_ledger WHERE customer_id = ? ORDER BY id").arg(movementColumns),
        {qlonglong(customer)});
}

qint64 PointsRepository::pointsEarnedForSale(SaleId sale)
{
    return sumForSale(sale, PointsMovement::Kind::Earn);
}

qint64 PointsRepository::reversedForSale(SaleId sale)
{
    return -sumForSale(sale, PointsMovement::Kind::Reverse);
}

qint64 PointsRepository::sumForSale(SaleId sale, PointsMovement::Kind kind)
{
    const QVariant sum = sql::scalar(m_db,
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE sale_id = ? AND kind = ?"),
        {qlonglong(sale), toCode(kind)});
    return sum.toLongLong();
}

std::vector<ExpiryCandidate> PointsRepository::expiryCandidates(const QDate &asOf)
{
    // Only rows that matter are aggregated: points whose expiry day has come ('YYYY-MM-DD' text, so
    // <= compares dates) and everything taken out; positive rows still valid or never lapsing
    // cannot make a customer a candidate. "+customer_id" keeps SQLite from walking the
    // (customer_id, id) index and looking each row up in the table: one sequential scan and a sort
    // of the remaining rows is 5-8x faster over 600 000 rows (docs/benchmarks.md).
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT customer, lapsed, taken_out FROM ("
                       "SELECT +customer_id AS customer, "
                       "sum(CASE WHEN points > 0 THEN points ELSE 0 END) AS lapsed, "
                       "-sum(CASE WHEN points < 0 THEN points ELSE 0 END) AS taken_out "
                       "FROM points_ledger WHERE points < 0 OR expires_on <= ? GROUP BY +customer_id"
                       ") AS totals WHERE lapsed > taken_out ORDER BY customer"),
        {toStoredText(asOf)});
    std::vector<ExpiryCandidate> candidates;
    while (query.next())
        candidates.push_back(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return candidates;
}

namespace {

const QString expiryColumns = QStringLiteral("customer_id, happened_at, kind, points, run_id");

// An expiry is dated the last second of its day, local time.
QString expiryTime(const QDate &asOf)
{
    return toStoredText(QDateTime(asOf, QTime(23, 59, 59)));
}

} // namespace

qint64 PointsRepository::appendExpiry(CustomerId customer, qint64 points, const QDate &asOf, qint64 runId)
{
    if (points <= 0)
        throw StorageError(StorageError::Kind::Constraint, QStringLiteral("expiry of %1 points").arg(points));
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO points_ledger (%1) VALUES (?, ?, ?, ?, ?) RETURNING id")
            .arg(expiryColumns),
        {customer, expiryTime(asOf), toCode(PointsMovement::Kind::Expire), -points,
            runId > 0 ? QVariant(runId) : QVariant()});
    return sql::insertedId(query);
}

void PointsRepository::appendExpiries(
    const std::vector<std::pair<CustomerId, qint64>> &expiring, const QDate &asOf, qint64 runId)
{
    BatchWrite write(m_db, QStringLiteral("points_ledger"), expiryColumns, BatchWrite::Kind::Insert);
    const QString time = expiryTime(asOf); // made once: each local time costs a time-zone lookup
    for (const auto &[customer, points] : expiring) {
        if (points <= 0)
            throw StorageError(
                StorageError::Kind::Constraint, QStringLiteral("expiry of %1 points").arg(points));
        write.bind(1, customer);
        write.bindUtf8(2, time);
        write.bindUtf8(3, toCode(PointsMovement::Kind::Expire));
        write.bind(4, -points);
        if (runId > 0)
            write.bind(5, runId);
        else
            write.bindNull(5);
        write.add();
    }
    write.flush();
}

} // namespace atelier
