#include "services/handover_notes.h"

#include "core/clock.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/handover_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

HandoverNotes::HandoverNotes(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

HandoverResult HandoverNotes::write(
    const QString &body, const QList<CustomerId> &customers, std::optional<StaffId> by)
{
    HandoverResult result;
    const QString text = body.trimmed();
    if (text.isEmpty()) {
        result.message = tr("The note is empty: write what the next shift should know.");
        return result;
    }
    if (text.size() > maxBodyLength) {
        result.message = tr("A handover note has at most %1 characters.").arg(maxBodyLength);
        return result;
    }
    HandoverNote note;
    note.writtenAt = m_clock.now();
    note.writtenBy = by;
    note.body = text;
    for (const CustomerId customer : customers)
        note.customers << LinkedCustomer{customer, QString()};
    try {
        Transaction transaction(m_db.connection());
        result.id = HandoverRepository(m_db.connection()).insert(note);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("handover note not written: {}", error.detail().toStdString());
        result.id.reset();
        result.message = error.kind() == StorageError::Kind::Constraint
            ? tr("A linked customer or the writer is not in the archive. Nothing was saved.")
            : error.userMessage();
        return result;
    }
    spdlog::info("handover note {} written, {} customer(s) linked", *result.id, customers.size());
    emit notesChanged();
    return result;
}

ReadResult<QList<HandoverNote>> HandoverNotes::unreadFor(StaffId reader)
{
    return tryRead<QList<HandoverNote>>("unread handover notes", [&] {
        return HandoverRepository(m_db.connection()).unread(reader, m_clock.now().addDays(-unreadDays));
    });
}

WriteResult HandoverNotes::markRead(const QList<HandoverNoteId> &notes, StaffId reader)
{
    if (notes.isEmpty())
        return WriteResult::success();
    try {
        Transaction transaction(m_db.connection());
        HandoverRepository(m_db.connection()).markRead(notes, reader, m_clock.now());
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("handover notes not marked read: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    emit notesChanged();
    return WriteResult::success();
}

ReadResult<QList<HandoverNote>> HandoverNotes::recent(int days)
{
    return tryRead<QList<HandoverNote>>("recent handover notes",
        [&] { return HandoverRepository(m_db.connection()).since(m_clock.now().addDays(-days)); });
}

} // namespace atelier
