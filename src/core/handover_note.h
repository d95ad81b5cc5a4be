#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

using HandoverNoteId = qint64;

// A customer a handover note is about, with the name to show.
struct LinkedCustomer
{
    CustomerId id = 0;
    QString name;
};

// A shift handover note (交接班): written by one shift for the next.
struct HandoverNote
{
    HandoverNoteId id = 0;
    QDateTime writtenAt;
    std::optional<StaffId> writtenBy; // none: written with nobody at the counter
    QString writerName; // empty when written by nobody
    QString body;
    QList<LinkedCustomer> customers;
};

} // namespace atelier
