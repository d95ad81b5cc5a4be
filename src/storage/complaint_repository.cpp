#include "storage/complaint_repository.h"

#include "core/complaint_callback.h"
#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString complaintColumns = QStringLiteral(
    "c.id, c.customer_id, c.channel, c.category, c.severity, c.content, c.style_number, c.taken_by, "
    "c.received_at, c.respond_by, c.state, c.responsible_id, c.deadline, c.resolution, c.resolution_note, "
    "c.resolution_fen, c.acknowledged_at, c.resolved_at, c.called_back_at, c.satisfaction, c.callback_note, "
    "c.closed_at, c.updated_at, c.caller_name, c.caller_phone");
constexpr int columnCount = 25;

QDateTime timeAt(const QSqlQuery &q, int column)
{
    return timeFromStoredText(q.value(column).toString());
}

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.customer = sql::idAt(q, 1);
    c.channel = complaintChannelFromCode(q.value(2).toString()).value_or(ComplaintChannel::InStore);
    c.category = complaintCategoryFromCode(q.value(3).toString()).value_or(ComplaintCategory::Other);
    c.severity = complaintSeverityFromCode(q.value(4).toString()).value_or(ComplaintSeverity::Medium);
    c.content = q.value(5).toString();
    c.styleNumber = q.value(6).toString();
    c.takenBy = sql::idAt(q, 7);
    c.receivedAt = timeAt(q, 8);
    c.respondBy = timeAt(q, 9);
    c.state = complaintStateFromCode(q.value(10).toString()).value_or(ComplaintState::Received);
    c.responsible = sql::idAt(q, 11);
    c.deadline = timeAt(q, 12);
    c.resolution = resolutionFromCode(q.value(13).toString()).value_or(Resolution::Other);
    c.resolutionNote = q.value(14).toString();
    c.resolutionValue = Money::fromFen(q.value(15).toLongLong());
    c.acknowledgedAt = timeAt(q, 16);
    c.resolvedAt = timeAt(q, 17);
    c.calledBackAt = timeAt(q, 18);
    if (!q.isNull(19))
        c.satisfaction = q.value(19).toInt();
    c.callbackNote = q.value(20).toString();
    c.closedAt = timeAt(q, 21);
    c.updatedAt = timeAt(q, 22);
    c.callerName = q.value(23).toString();
    c.callerPhone = PhoneNumber::fromStoredDigits(q.value(24).toString());
    return c;
}

QList<Complaint> readAll(QSqlQuery &query)
{
    QList<Complaint> result;
    while (query.next())
        result << readComplaint(query);
    return result;
}

} // namespace

ComplaintRepository::ComplaintRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ComplaintId ComplaintRepository::insert(const Complaint &c)
{
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral(
            "INSERT INTO complaints (customer_id, channel, category, severity, content, style_number, "
            "taken_by, received_at, respond_by, state, responsible_id, deadline, resolution, "
            "resolution_note, resolution_fen, acknowledged_at, resolved_at, called_back_at, "
            "satisfaction, callback_note, closed_at, updated_at, caller_name, caller_phone) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    int i = 0;
    sql::bind(query, i++, sql::optionalId(c.customer));
    sql::bind(query, i++, toCode(c.channel));
    sql::bind(query, i++, toCode(c.category));
    sql::bind(query, i++, toCode(c.severity));
    sql::bind(query, i++, c.content);
    sql::bind(query, i++, c.styleNumber);
    sql::bind(query, i++, sql::optionalId(c.takenBy));
    sql::bind(query, i++, toStoredText(c.receivedAt));
    sql::bind(query, i++, toStoredText(c.respondBy));
    sql::bind(query, i++, toCode(c.state));
    sql::bind(query, i++, sql::optionalId(c.responsible));
    sql::bind(query, i++, sql::optionalTime(c.deadline));
    sql::bind(query, i++, toCode(c.resolution));
    sql::bind(query, i++, c.resolutionNote);
    sql::bind(query, i++, qlonglong(c.resolutionValue.fen()));
    sql::bind(query, i++, sql::optionalTime(c.acknowledgedAt));
    sql::bind(query, i++, sql::optionalTime(c.resolvedAt));
    sql::bind(query, i++, sql::optionalTime(c.calledBackAt));
    sql::bind(query, i++, c.satisfaction ? QVariant(*c.satisfaction) : QVariant(QMetaType::fromType<int>()));
    sql::bind(query, i++, c.callbackNote);
    sql::bind(query, i++, sql::optionalTime(c.closedAt));
    sql::bind(query, i++, toStoredText(c.updatedAt.isValid() ? c.updatedAt : c.receivedAt));
    sql::bind(query, i++, c.callerName);
    sql::bind(query, i++, c.callerPhone.digits());
    sql::exec(query);
    return sql::insertedId(query);
}

std::optional<Complaint> ComplaintRepository::find(ComplaintId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + complaintColumns + QStringLiteral(" FROM complaints c WHERE c.id = ?"),
        {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readComplaint(query);
}

void ComplaintRepository::updateWorkflow(const Complaint &c)
{
    sql::run(m_db,
        QStringLiteral(
            "UPDATE complaints SET state = ?, responsible_id = ?, deadline = ?, resolution = ?, "
            "resolution_note = ?, resolution_fen = ?, acknowledged_at = ?, resolved_at = ?, "
            "called_back_at = ?, satisfaction = ?, callback_note = ?, closed_at = ?, updated_at = ? "
            "WHERE id = ?"),
        {toCode(c.state), sql::optionalId(c.responsible), sql::optionalTime(c.deadline), toCode(c.resolution),
            c.resolutionNote, qlonglong(c.resolutionValue.fen()), sql::optionalTime(c.acknowledgedAt),
            sql::optionalTime(c.resolvedAt), sql::optionalTime(c.calledBackAt),
            c.satisfaction ? QVariant(*c.satisfaction) : QVariant(QMetaType::fromType<int>()), c.callbackNote,
            sql::optionalTime(c.closedAt), toStoredText(c.updatedAt), qlonglong(c.id)});
}

bool ComplaintRepository::linkCustomer(ComplaintId id, CustomerId customer, const QDateTime &at)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE complaints SET customer_id = ?, caller_name = '', caller_phone = '', "
                       "updated_at = ? WHERE id = ? AND customer_id IS NULL"),
        {qlonglong(customer), toStoredText(at), qlonglong(id)});
    return query.numRowsAffected() == 1;
}

qint64 ComplaintRepository::insertEvent(const ComplaintEvent &e)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO complaint_events (complaint_id, at, from_state, to_state, by_staff, note) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {qlonglong(e.complaint), toStoredText(e.at),
            e.from ? QVariant(toCode(*e.from)) : QVariant(QMetaType::fromType<QString>()), toCode(e.to),
            sql::optionalId(e.by), e.note});
    return sql::insertedId(query);
}

QList<ComplaintEvent> ComplaintRepository::events(ComplaintId complaint)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, complaint_id, at, from_state, to_state, by_staff, note FROM complaint_events "
            "WHERE complaint_id = ? ORDER BY at, id"),
        {qlonglong(complaint)});
    QList<ComplaintEvent> result;
    while (query.next()) {
        ComplaintEvent e;
        e.id = query.value(0).toLongLong();
        e.complaint = query.value(1).toLongLong();
        e.at = timeAt(query, 2);
        if (!query.isNull(3))
            e.from = complaintStateFromCode(query.value(3).toString());
        e.to = complaintStateFromCode(query.value(4).toString()).value_or(ComplaintState::Received);
        e.by = sql::idAt(query, 5);
        e.note = query.value(6).toString();
        result << e;
    }
    return result;
}

QList<ComplaintRow> ComplaintRepository::list(const ComplaintFilter &filter)
{
    // Optional bounds as "? IS NULL OR ...": one statement for every combination of filters. The casts
    // tell PostgreSQL the type of a placeholder that stands alone.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + complaintColumns
            + QStringLiteral(", coalesce(cu.name, '') FROM complaints c "
                             "LEFT JOIN customers cu ON cu.id = c.customer_id "
                             "WHERE (? = 0 OR c.state <> 'closed') "
                             "AND (CAST(? AS BIGINT) IS NULL OR c.customer_id = ?) "
                             "AND (CAST(? AS TEXT) IS NULL OR c.received_at >= ?) "
                             "AND (CAST(? AS TEXT) IS NULL OR c.received_at < ?) "
                             "ORDER BY c.received_at DESC, c.id DESC"),
        {filter.openOnly ? 1 : 0, sql::optionalId(filter.customer), sql::optionalId(filter.customer),
            sql::optionalDate(filter.receivedFrom), sql::optionalDate(filter.receivedFrom),
            sql::optionalDate(filter.receivedTo.isValid() ? filter.receivedTo.addDays(1) : QDate()),
            sql::optionalDate(filter.receivedTo.isValid() ? filter.receivedTo.addDays(1) : QDate())});
    QList<ComplaintRow> result;
    while (query.next())
        result << ComplaintRow{readComplaint(query), query.value(columnCount).toString()};
    return result;
}

QList<Complaint> ComplaintRepository::resolvedAwaitingCallback()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + complaintColumns
            + QStringLiteral(" FROM complaints c WHERE c.state = 'resolved' AND c.customer_id IS NOT NULL "
                             "AND NOT EXISTS (SELECT 1 FROM follow_up_tasks t WHERE t.generated_key = "
                             "? || c.id) ORDER BY c.id"),
        {ComplaintCallback::keyFor(0).chopped(1)});
    return readAll(query);
}

int ComplaintRepository::completeCallbackTask(
    ComplaintId complaint, const QDateTime &doneAt, std::optional<StaffId> doneBy, const QString &note)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE follow_up_tasks SET status = 'done', outcome = 'reached', outcome_note = ?, "
                       "done_at = ?, done_by = ? WHERE generated_key = ? AND status = 'open'"),
        {note, toStoredText(doneAt), sql::optionalId(doneBy), ComplaintCallback::keyFor(complaint)});
    return query.numRowsAffected();
}

} // namespace atelier
