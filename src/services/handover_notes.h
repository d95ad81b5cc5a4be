#pragma once

#include "core/handover_note.h"
#include "core/read_result.h"
#include "core/write_result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

struct HandoverResult
{
    std::optional<HandoverNoteId> id; // set when written
    QString message; // why nothing was written
    bool ok() const { return id.has_value(); }
};

// Shift handover notes (交接班): one shift writes, the next reads at the counter. A note is unread
// for a clerk while it is at most unreadDays old, written by someone else (or with nobody at the
// counter), and the clerk has not marked it read. notesChanged goes out after each commit.
class HandoverNotes : public QObject
{
    Q_OBJECT
public:
    static constexpr int unreadDays = 7;
    static constexpr int maxBodyLength = 2000;

    HandoverNotes(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Refuses an empty note; the note and its customers are written in one transaction.
    HandoverResult write(
        const QString &body, const QList<CustomerId> &customers, std::optional<StaffId> by = std::nullopt);
    // Newest first.
    ReadResult<QList<HandoverNote>> unreadFor(StaffId reader);
    WriteResult markRead(const QList<HandoverNoteId> &notes, StaffId reader);
    // Every note of the last `days` days, newest first.
    ReadResult<QList<HandoverNote>> recent(int days);

signals:
    void notesChanged();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
