#include "storage/follow_up_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString taskColumns = QStringLiteral(
    "id, customer_id, due_on, channel, purpose, assignee_id, note, complaint_id, generated_key, status, "
    "outcome, outcome_note, next_step, done_at, done_by, created_at, created_by, run_id");

std::optional<qint64> optionalIdAt(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.value(column).toLongLong();
}

FollowUpTask readTask(const QSqlQuery &q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.customer = q.value(1).toLongLong();
    t.dueOn = dateFromStoredText(q.value(2).toString());
    t.channel = taskChannelFromCode(q.value(3).toString()).value_or(TaskChannel::Phone);
    t.purpose = taskPurposeFromCode(q.value(4).toString()).value_or(TaskPurpose::Planned);
    t.assignee = optionalIdAt(q, 5);
    t.note = q.value(6).toString();
    t.complaint = optionalIdAt(q, 7);
    t.generatedKey = q.value(8).toString();
    t.status = taskStatusFromCode(q.value(9).toString()).value_or(TaskStatus::Open);
    t.outcome = taskOutcomeFromCode(q.value(10).toString()).value_or(TaskOutcome::None);
    t.outcomeNote = q.value(11).toString();
    t.nextStep = q.value(12).toString();
    t.doneAt = timeFromStoredText(q.value(13).toString());
    t.doneBy = optionalIdAt(q, 14);
    t.createdAt = timeFromStoredText(q.value(15).toString());
    t.createdBy = optionalIdAt(q, 16);
    t.run = optionalIdAt(q, 17);
    return t;
}

QString insertStatement(const QString &verb)
{
    return verb
        + QStringLiteral(" INTO follow_up_tasks (customer_id, due_on, channel, purpose, assignee_id, note, "
                         "complaint_id, generated_key, status, created_at, created_by, run_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

void bindTask(QSqlQuery &query, const FollowUpTask &t)
{
    int i = 0;
    sql::bind(query, i++, qlonglong(t.customer));
    sql::bind(query, i++, toStoredText(t.dueOn));
    sql::bind(query, i++, toCode(t.channel));
    sql::bind(query, i++, toCode(t.purpose));
    sql::bind(query, i++, sql::optionalId(t.assignee));
    sql::bind(query, i++, t.note);
    sql::bind(query, i++, sql::optionalId(t.complaint));
    sql::bind(query, i++, t.generatedKey.isEmpty() ? QVariant() : QVariant(t.generatedKey));
    sql::bind(query, i++, toCode(t.status));
    sql::bind(query, i++, toStoredText(t.createdAt));
    sql::bind(query, i++, sql::optionalId(t.createdBy));
    sql::bind(query, i++, sql::optionalId(t.run));
}

} // namespace

FollowUpRepository::FollowUpRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TaskId FollowUpRepository::insert(const FollowUpTask &task)
{
    QSqlQuery query = sql::prepare(m_db, insertStatement(QStringLiteral("INSERT")));
    bindTask(query, task);
    sql::exec(query);
    return query.lastInsertId().toLongLong();
}

bool FollowUpRepository::insertGenerated(const FollowUpTask &task)
{
    // Portable "insert unless the key exists": the UNIQUE key decides, and a conflict is not an error.
    QSqlQuery query = sql::prepare(m_db,
        insertStatement(QStringLiteral("INSERT"))
            + QStringLiteral(" ON CONFLICT (generated_key) DO NOTHING"));
    bindTask(query, task);
    sql::exec(query);
    return query.numRowsAffected() > 0;
}

std::optional<FollowUpTask> FollowUpRepository::find(TaskId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM follow_up_tasks WHERE id = ?"),
        {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readTask(query);
}

} // namespace atelier
