#include "storage/handover_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

HandoverRepository::HandoverRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

HandoverNoteId HandoverRepository::insert(const HandoverNote &note)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO handover_notes (written_at, written_by, body) VALUES (?, ?, ?) RETURNING id"),
        {toStoredText(note.writtenAt), sql::optionalId(note.writtenBy), note.body});
    const HandoverNoteId id = sql::insertedId(query);
    QSqlQuery link = sql::prepare(m_db,
        QStringLiteral("INSERT INTO handover_note_customers (note_id, customer_id) VALUES (?, ?) "
                       "ON CONFLICT (note_id, customer_id) DO NOTHING"));
    for (const LinkedCustomer &customer : note.customers) {
        sql::bind(link, 0, qlonglong(id));
        sql::bind(link, 1, qlonglong(customer.id));
        sql::exec(link);
    }
    return id;
}

QList<HandoverNote> HandoverRepository::read(const QString &where, std::initializer_list<QVariant> values)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT n.id, n.written_at, n.written_by, s.name, n.body FROM handover_notes n "
                       "LEFT JOIN staff s ON s.id = n.written_by ")
            + where + QStringLiteral(" ORDER BY n.written_at DESC, n.id DESC"),
        values);
    QList<HandoverNote> notes;
    while (query.next()) {
        HandoverNote note;
        note.id = query.value(0).toLongLong();
        note.writtenAt = timeFromStoredText(query.value(1).toString());
        if (!query.isNull(2))
            note.writtenBy = query.value(2).toLongLong();
        note.writerName = query.value(3).toString();
        note.body = query.value(4).toString();
        notes << note;
    }
    addCustomers(notes);
    return notes;
}

void HandoverRepository::addCustomers(QList<HandoverNote> &notes)
{
    if (notes.isEmpty())
        return;
    // Notes of a few days are few: one query over their links, ids bound one by one.
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral("SELECT l.customer_id, c.name FROM handover_note_customers l "
                       "JOIN customers c ON c.id = l.customer_id WHERE l.note_id = ? ORDER BY c.name"));
    for (HandoverNote &note : notes) {
        sql::bind(query, 0, qlonglong(note.id));
        sql::exec(query);
        while (query.next())
            note.customers << LinkedCustomer{query.value(0).toLongLong(), query.value(1).toString()};
    }
}

QList<HandoverNote> HandoverRepository::unread(StaffId reader, const QDateTime &since)
{
    return read(QStringLiteral("WHERE n.written_at >= ? AND (n.written_by IS NULL OR n.written_by <> ?) "
                               "AND NOT EXISTS (SELECT 1 FROM handover_reads r "
                               "WHERE r.note_id = n.id AND r.staff_id = ?)"),
        {toStoredText(since), qlonglong(reader), qlonglong(reader)});
}

QList<HandoverNote> HandoverRepository::since(const QDateTime &since)
{
    return read(QStringLiteral("WHERE n.written_at >= ?"), {toStoredText(since)});
}

void HandoverRepository::markRead(const QList<HandoverNoteId> &notes, StaffId reader, const QDateTime &at)
{
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral("INSERT INTO handover_reads (note_id, staff_id, read_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (note_id, staff_id) DO NOTHING"));
    for (const HandoverNoteId note : notes) {
        sql::bind(query, 0, qlonglong(note));
        sql::bind(query, 1, qlonglong(reader));
        sql::bind(query, 2, toStoredText(at));
        sql::exec(query);
    }
}

} // namespace atelier
