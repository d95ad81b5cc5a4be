#include "storage/nightly_run_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString selectRuns = QStringLiteral(
    "SELECT id, as_of, started_by, started_at, finished_at, result, "
    "message, customers, tier_ups, tier_downs, "
    "segment_changes, points_expired, duration_ms, tasks_created, message_kind, message_args "
    "FROM nightly_runs ");

NightlyRun runFrom(const QSqlQuery &query)
{
    NightlyRun run;
    run.id = query.value(0).toLongLong();
    run.asOf = dateFromStoredText(query.value(1).toString());
    run.startedBy = startedByFromCode(query.value(2).toString());
    run.startedAt = timeFromStoredText(query.value(3).toString());
    run.finishedAt = timeFromStoredText(query.value(4).toString());
    run.result = runResultFromCode(query.value(5).toString());
    run.customers = query.value(7).toInt();
    run.tierUps = query.value(8).toInt();
    run.tierDowns = query.value(9).toInt();
    run.segmentChanges = query.value(10).toInt();
    run.pointsExpired = query.value(11).toLongLong();
    run.durationMs = query.value(12).toLongLong();
    run.tasksCreated = query.value(13).toInt();
    run.messageWords = {query.value(14).toString(),
        StoredWords::argsFromStoredText(query.value(15).toString()), query.value(6).toString()};
    run.message = run.messageWords.rendered();
    return run;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

NightlyRunRepository::NightlyRunRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void NightlyRunRepository::start(NightlyRun &run)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO nightly_runs (as_of, started_by, started_at, result) VALUES (?, ?, ?, ?) "
                       "RETURNING id"),
        {toStoredText(run.asOf), toCode(run.startedBy), toStoredText(run.startedAt), toCode(run.result)});
    run.id = sql::insertedId(query);
}

void NightlyRunRepository::finish(const NightlyRun &run)
{
    const StoredWords stored = run.messageWords.storedAs(run.message);
    sql::run(m_db,
        QStringLiteral(
            "UPDATE nightly_runs SET finished_at = ?, result = ?, message = ?, customers = ?, tier_ups = ?, "
            "tier_downs = ?, segment_changes = ?, points_expired = ?, duration_ms = ?, tasks_created = ?, "
            "message_kind = ?, message_args = ? WHERE id = ?"),
        {toStoredText(run.finishedAt), toCode(run.result), stored.text, run.customers, run.tierUps,
            run.tierDowns, run.segmentChanges, qint64(run.pointsExpired), qint64(run.durationMs),
            run.tasksCreated, textOrNull(stored.kind), textOrNull(StoredWords::argsToStoredText(stored.args)),
            run.id});
}

int NightlyRunRepository::markInterrupted(qint64 beforeId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE nightly_runs SET result = 'interrupted' WHERE result = 'running' AND id < ?"),
        {beforeId});
    return query.numRowsAffected();
}

QDate NightlyRunRepository::lastSuccessfulAsOf()
{
    return dateFromStoredText(
        sql::scalar(m_db, QStringLiteral("SELECT MAX(as_of) FROM nightly_runs WHERE result = 'ok'"))
            .toString());
}

std::optional<NightlyRun> NightlyRunRepository::lastSuccessful()
{
    QSqlQuery query
        = sql::run(m_db, selectRuns + QStringLiteral("WHERE result = 'ok' ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return std::nullopt;
    return runFrom(query);
}

QList<NightlyRun> NightlyRunRepository::recent(int limit)
{
    QSqlQuery query = sql::run(m_db, selectRuns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    QList<NightlyRun> runs;
    while (query.next())
        runs << runFrom(query);
    return runs;
}

} // namespace atelier
