#pragma once

#include "core/handover_note.h"

#include <QList>
#include <QSqlDatabase>

namespace atelier {

// Shift handover notes (handover_notes), the customers they are about (handover_note_customers)
// and who has read them (handover_reads). Callers wrap writes in a Transaction.
class HandoverRepository
{
public:
    explicit HandoverRepository(QSqlDatabase db);

    // Writes the note and its customers (note.id and the names are ignored); returns its id.
    HandoverNoteId insert(const HandoverNote &note);
    // Notes written at or after `since` by someone other than `reader` (or by nobody) that the
    // reader has not marked read; newest first.
    QList<HandoverNote> unread(StaffId reader, const QDateTime &since);
    // Every note written at or after `since`, newest first.
    QList<HandoverNote> since(const QDateTime &since);
    // Marks the notes read by the member of staff (a note already read keeps its first time).
    void markRead(const QList<HandoverNoteId> &notes, StaffId reader, const QDateTime &at);

private:
    QList<HandoverNote> read(const QString &where, std::initializer_list<QVariant> values);
    void addCustomers(QList<HandoverNote> &notes);

    QSqlDatabase m_db;
};

} // namespace atelier
