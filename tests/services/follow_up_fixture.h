#pragma once

#include "core/follow_up.h"
#include "core/money.h"
#include "core/nightly_run.h"
#include "support/temp_store.h"

#include <QDate>

namespace atelier::testing {

// A store with staff and customers for the follow-up tests; "now" is TempStore's 2026-06-15 10:00.
struct FollowUpShop
{
    TempStore t;
    StaffId clerk = 0;
    StaffId other = 0;

    FollowUpShop();
    Store &store() { return t.store(); }
    QDate today() const { return QDate(2026, 6, 15); }

    // A customer registered by `by`, with marketing consent unless told otherwise.
    CustomerId customer(const QString &phone, std::optional<StaffId> by = {}, bool consent = true);
    // Her birthday, on file with her archive consent (birthday greetings need it, issue 24).
    void setBirthday(CustomerId who, const QDate &birthday);
    // A sale at 15:00 on `day`; the clock goes back to "now" afterwards.
    void buy(CustomerId who, const QDate &day, Money price = Money::fromFen(50000));
    NightlyRun nightly(const QDate &asOf);
    FollowUpTask draft(CustomerId who, const QDate &due);
    int taskCount();
    int taskCount(CustomerId who, TaskPurpose purpose);
    // Moves the clock to `day` 10:00.
    void setToday(const QDate &day);
};

} // namespace atelier::testing
