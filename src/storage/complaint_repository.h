#pragma once

#include "core/complaint.h"
#include "core/complaint_query.h"
#include "core/complaint_workflow.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace atelier {

// Complaints and their history (complaints, complaint_events). Callers wrap writes in a
// Transaction; a failed statement throws StorageError.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(QSqlDatabase db);

    // Writes every column of `complaint` (its id is ignored); returns the new id.
    ComplaintId insert(const Complaint &complaint);
    std::optional<Complaint> find(ComplaintId id);
    // Writes the workflow's fields: state, responsible, deadline, resolution, the step times,
    // satisfaction, call-back note, updated_at.
    void updateWorkflow(const Complaint &complaint);
    // A caller's complaint becomes the customer's: the caller's name and phone are emptied (the
    // customer's record holds them now). False when it has a customer already.
    bool linkCustomer(ComplaintId id, CustomerId customer, const QDateTime &at);

    qint64 insertEvent(const ComplaintEvent &event);
    // Oldest first.
    QList<ComplaintEvent> events(ComplaintId complaint);

    // Newest first.
    QList<ComplaintRow> list(const ComplaintFilter &filter);
    // Resolved complaints of a customer whose call-back task was never made (the nightly catch-up).
    QList<Complaint> resolvedAwaitingCallback();
    // Marks the open call-back task of the complaint done (reached); returns how many rows changed.
    int completeCallbackTask(
        ComplaintId complaint, const QDateTime &doneAt, std::optional<StaffId> doneBy, const QString &note);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
