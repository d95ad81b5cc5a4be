#include "storage/follow_up_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

#include <QSet>

#include <algorithm>

namespace atelier {

namespace {

const QString taskColumns = QStringLiteral(
    "t.id, t.customer_id, t.due_on, t.channel, t.purpose, t.assignee_id, t.note, t.complaint_id, "
    "t.generated_key, t.status, t.outcome, t.outcome_note, t.next_step, t.done_at, t.done_by, t.created_at, "
    "t.created_by, t.run_id, t.note_kind, t.note_args, t.coupon_id");

FollowUpTask readTask(const QSqlQuery &q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.customer = q.value(1).toLongLong();
    t.dueOn = dateFromStoredText(q.value(2).toString());
    t.channel = taskChannelFromCode(q.value(3).toString()).value_or(TaskChannel::Phone);
    t.purpose = taskPurposeFromCode(q.value(4).toString()).value_or(TaskPurpose::Planned);
    t.assignee = sql::idAt(q, 5);
    t.noteWords = {q.value(18).toString(), StoredWords::argsFromStoredText(q.value(19).toString()),
        q.value(6).toString()};
    t.note = t.noteWords.rendered();
    t.complaint = sql::idAt(q, 7);
    t.generatedKey = q.value(8).toString();
    t.status = taskStatusFromCode(q.value(9).toString()).value_or(TaskStatus::Open);
    t.outcome = taskOutcomeFromCode(q.value(10).toString()).value_or(TaskOutcome::None);
    t.outcomeNote = q.value(11).toString();
    t.nextStep = q.value(12).toString();
    t.doneAt = timeFromStoredText(q.value(13).toString());
    t.doneBy = sql::idAt(q, 14);
    t.createdAt = timeFromStoredText(q.value(15).toString());
    t.createdBy = sql::idAt(q, 16);
    t.run = sql::idAt(q, 17);
    t.coupon = sql::idAt(q, 20);
    return t;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString taskColumnNames = QStringLiteral(
    "customer_id, due_on, channel, purpose, assignee_id, note, complaint_id, generated_key, status, "
    "created_at, created_by, run_id, note_kind, note_args, coupon_id");

QString insertStatement()
{
    return QStringLiteral("INSERT INTO follow_up_tasks (") + taskColumnNames
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

// A task's 15 columns in insertStatement's order, to a QSqlQuery (sql::bind, 0-based) or a BatchWrite
// (1-based).
template <typename Bind> void bindTaskColumns(const FollowUpTask &t, Bind bind)
{
    const StoredWords note = t.noteWords.storedAs(t.note);
    int i = 0;
    bind(i++, qlonglong(t.customer));
    bind(i++, toStoredText(t.dueOn));
    bind(i++, toCode(t.channel));
    bind(i++, toCode(t.purpose));
    bind(i++, sql::optionalId(t.assignee));
    bind(i++, note.text);
    bind(i++, sql::optionalId(t.complaint));
    bind(i++, t.generatedKey.isEmpty() ? QVariant() : QVariant(t.generatedKey));
    bind(i++, toCode(t.status));
    bind(i++, toStoredText(t.createdAt));
    bind(i++, sql::optionalId(t.createdBy));
    bind(i++, sql::optionalId(t.run));
    bind(i++, textOrNull(note.kind));
    bind(i++, textOrNull(StoredWords::argsToStoredText(note.args)));
    bind(i++, sql::optionalId(t.coupon));
}

void bindTask(QSqlQuery &query, const FollowUpTask &t)
{
    bindTaskColumns(t, [&query](int i, const QVariant &value) { sql::bind(query, i, value); });
}

// The filter as SQL conditions on the task alias t (placeholders only: nothing typed goes in the text).
QString filterSql(const TaskFilter &filter, QVariantList &values, bool withStatus = true)
{
    QString where;
    if (filter.assignee) {
        where += filter.includeUnassigned
            ? QStringLiteral(" AND (t.assignee_id = ? OR t.assignee_id IS NULL)")
            : QStringLiteral(" AND t.assignee_id = ?");
        values << qlonglong(*filter.assignee);
    }
    if (!filter.purposes.isEmpty()) {
        QStringList marks;
        for (TaskPurpose purpose : filter.purposes) {
            marks << QStringLiteral("?");
            values << toCode(purpose);
        }
        where += QStringLiteral(" AND t.purpose IN (") + marks.join(u',') + u')';
    }
    if (!withStatus)
        return where;
    switch (filter.status) {
    case TaskFilter::Status::Active:
        where += QStringLiteral(" AND t.status <> 'cancelled'");
        break;
    case TaskFilter::Status::Open:
        where += QStringLiteral(" AND t.status = 'open'");
        break;
    case TaskFilter::Status::Done:
        where += QStringLiteral(" AND t.status = 'done'");
        break;
    case TaskFilter::Status::Any:
        break;
    }
    return where;
}

} // namespace

FollowUpRepository::FollowUpRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TaskId FollowUpRepository::insert(const FollowUpTask &task)
{
    QSqlQuery query = sql::prepare(m_db, insertStatement() + QStringLiteral(" RETURNING id"));
    bindTask(query, task);
    sql::exec(query);
    return sql::insertedId(query);
}

bool FollowUpRepository::insertGenerated(const FollowUpTask &task)
{
    return insertGenerated(std::vector<FollowUpTask>{task}) > 0;
}

int FollowUpRepository::insertGenerated(const std::vector<FollowUpTask> &tasks)
{
    // Portable "insert unless the key exists": the UNIQUE key decides, and a conflict is not an error.
    // Written together: a night plans thousands (one set-based statement on a server, see BatchWrite).
    BatchWrite insert(m_db, QStringLiteral("follow_up_tasks"), taskColumnNames, BatchWrite::Kind::InsertNew);
    for (const FollowUpTask &task : tasks) {
        bindTaskColumns(task, [&insert](int i, const QVariant &value) { insert.bind(i + 1, value); });
        insert.add();
    }
    return int(insert.flush());
}

std::vector<FollowUpTask> FollowUpRepository::notYetMade(std::vector<FollowUpTask> planned)
{
    // The keys already made, asked a few hundred at a time: a round trip per chunk, not per task.
    constexpr std::size_t chunk = 500;
    QSet<QString> made;
    for (std::size_t first = 0; first < planned.size(); first += chunk) {
        const std::size_t end = std::min(planned.size(), first + chunk);
        QVariantList keys;
        for (std::size_t i = first; i < end; ++i)
            keys << planned[i].generatedKey;
        QSqlQuery query = sql::run(m_db,
            QStringLiteral("SELECT generated_key FROM follow_up_tasks WHERE generated_key IN (%1)")
                .arg(sql::placeholders(keys.size())),
            keys);
        while (query.next())
            made.insert(query.value(0).toString());
    }
    std::vector<FollowUpTask> fresh;
    fresh.reserve(planned.size());
    for (FollowUpTask &task : planned)
        if (!made.contains(task.generatedKey))
            fresh.push_back(std::move(task));
    return fresh;
}

void FollowUpRepository::insertHistory(const std::vector<FollowUpTask> &tasks)
{
    // A demo store's year of follow-ups: one set-based write on a server.
    BatchWrite insert(m_db, QStringLiteral("follow_up_tasks"),
        taskColumnNames + QStringLiteral(", outcome, outcome_note, next_step, done_at, done_by"),
        BatchWrite::Kind::Insert);
    for (const FollowUpTask &task : tasks) {
        const auto bind = [&insert](int i, const QVariant &value) {
            insert.bind(i + 1, value);
        };
        bindTaskColumns(task, bind);
        int i = 15;
        bind(i++, toCode(task.outcome));
        bind(i++, task.outcomeNote);
        bind(i++, task.nextStep);
        bind(i++,
            task.doneAt.isValid() ? QVariant(toStoredText(task.doneAt))
                                  : QVariant(QMetaType::fromType<QString>()));
        bind(i++, sql::optionalId(task.doneBy));
        insert.add();
    }
    insert.flush();
}

std::optional<FollowUpTask> FollowUpRepository::find(TaskId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM follow_up_tasks t WHERE t.id = ?"),
        {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readTask(query);
}

bool FollowUpRepository::markDone(TaskId id, TaskOutcome outcome, const QString &outcomeNote,
    const QString &nextStep, const QDateTime &doneAt, std::optional<StaffId> doneBy)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "UPDATE follow_up_tasks SET status = 'done', outcome = ?, outcome_note = ?, next_step = ?, "
            "done_at = ?, done_by = ? WHERE id = ? AND status = 'open'"),
        {toCode(outcome), outcomeNote, nextStep, toStoredText(doneAt), sql::optionalId(doneBy),
            qlonglong(id)});
    return query.numRowsAffected() > 0;
}

bool FollowUpRepository::reschedule(TaskId id, const QDate &dueOn)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE follow_up_tasks SET due_on = ? WHERE id = ? AND status = 'open'"),
        {toStoredText(dueOn), qlonglong(id)});
    return query.numRowsAffected() > 0;
}

bool FollowUpRepository::cancel(TaskId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled' WHERE id = ? AND status = 'open'"),
        {qlonglong(id)});
    return query.numRowsAffected() > 0;
}

int FollowUpRepository::cancelOpen(
    TaskPurpose purpose, TaskOutcome outcome, const QString &whose, const QDateTime &at)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', outcome = ?, done_at = ? "
                       "WHERE status = 'open' AND purpose = ? AND ")
            + whose,
        {toCode(outcome), toStoredText(at), toCode(purpose)});
    return query.numRowsAffected();
}

int FollowUpRepository::closeProspectsWhoBought(const QDateTime &at)
{
    // Any sale but an exchange's replacement: she came and bought, whatever she returned later.
    return cancelOpen(TaskPurpose::Prospect, TaskOutcome::Purchased,
        QStringLiteral("EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = follow_up_tasks.customer_id "
                       "AND s.is_exchange = 0)"),
        at);
}

int FollowUpRepository::cancelBirthdaysWithoutConsent(const QDateTime &at)
{
    return cancelOpen(TaskPurpose::Birthday, TaskOutcome::None,
        QStringLiteral("EXISTS (SELECT 1 FROM customers c WHERE c.id = follow_up_tasks.customer_id "
                       "AND c.consent_profile = 0)"),
        at);
}

std::vector<DayCount> FollowUpRepository::monthCounts(
    const QDate &first, const QDate &last, const TaskFilter &filter, const QDate &today)
{
    QVariantList values{toStoredText(today), toStoredText(first), toStoredText(last)};
    const QString statement
        = QStringLiteral("SELECT t.due_on, COUNT(*), SUM(CASE WHEN t.status = 'open' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN t.status = 'open' AND t.due_on < ? THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END) "
                         "FROM follow_up_tasks t WHERE t.due_on BETWEEN ? AND ?")
        + filterSql(filter, values) + QStringLiteral(" GROUP BY t.due_on ORDER BY t.due_on");
    QSqlQuery query = sql::run(m_db, statement, values);
    std::vector<DayCount> days;
    while (query.next()) {
        DayCount day;
        day.day = dateFromStoredText(query.value(0).toString());
        day.total = query.value(1).toInt();
        day.open = query.value(2).toInt();
        day.overdue = query.value(3).toInt();
        day.done = query.value(4).toInt();
        days.push_back(day);
    }
    return days;
}

QList<TaskRow> FollowUpRepository::rows(
    const QString &where, const QVariantList &values, const TaskFilter &filter)
{
    QVariantList all = values;
    const QString statement = QStringLiteral("SELECT ") + taskColumns
        + QStringLiteral(
            ", c.name, COALESCE(s.name, '') FROM follow_up_tasks t "
            "JOIN customers c ON c.id = t.customer_id LEFT JOIN staff s ON s.id = t.assignee_id WHERE ")
        + where + filterSql(filter, all) + QStringLiteral(" ORDER BY t.due_on, t.id");
    QSqlQuery query = sql::run(m_db, statement, all);
    QList<TaskRow> result;
    while (query.next())
        result.append({readTask(query), query.value(21).toString(), query.value(22).toString()});
    return result;
}

QList<TaskRow> FollowUpRepository::dayList(const QDate &day, const TaskFilter &filter)
{
    return rows(QStringLiteral("t.due_on = ?"), {toStoredText(day)}, filter);
}

QList<TaskRow> FollowUpRepository::todayAndOverdue(const QDate &today, const TaskFilter &filter)
{
    const QString day = toStoredText(today);
    // Two index ranges: today's tasks, and the open ones before today (follow_up_tasks_open).
    return rows(QStringLiteral("(t.due_on = ? OR (t.status = 'open' AND t.due_on < ?))"), {day, day}, filter);
}

QList<TaskRow> FollowUpRepository::overdue(const QDate &today, const TaskFilter &filter)
{
    TaskFilter open = filter;
    open.status = TaskFilter::Status::Open;
    return rows(QStringLiteral("t.status = 'open' AND t.due_on < ?"), {toStoredText(today)}, open);
}

QList<TaskRow> FollowUpRepository::forCustomer(CustomerId customer)
{
    TaskFilter any;
    any.status = TaskFilter::Status::Any;
    return rows(QStringLiteral("t.customer_id = ?"), {qlonglong(customer)}, any);
}

QDate FollowUpRepository::lastContact(CustomerId customer)
{
    return dateFromStoredText(sql::scalar(m_db,
        QStringLiteral("SELECT substr(MAX(done_at), 1, 10) FROM follow_up_tasks "
                       "WHERE customer_id = ? AND status = 'done'"),
        {qlonglong(customer)})
                                  .toString());
}

} // namespace atelier
