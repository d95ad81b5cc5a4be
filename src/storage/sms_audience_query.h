#pragma once

#include "core/audience_member.h"
#include "core/complaint.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace atelier {

// Reads AudienceMember rows for lists of customer ids (a task, a Tiers page cell of 20 000
// customers), a chunk of ids per statement, in the order the ids are given.
class SmsAudienceQuery
{
public:
    explicit SmsAudienceQuery(QSqlDatabase db);

    static constexpr int chunkSize = 500;

    // Calls `visit` for each id that is a customer, in the given order; false stops.
    void forEach(const QList<CustomerId> &ids, const std::function<bool(const AudienceMember &)> &visit);
    std::optional<AudienceMember> find(CustomerId id);
    // The style number a complaint is about (empty when none or no such complaint).
    QString complaintStyle(ComplaintId complaint);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
