#include "core/response_deadline.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <algorithm>

using namespace atelier;

namespace {

const QTimeZone china(8 * 3600);

QDateTime at(int year, int month, int day, int hour, int minute, const QTimeZone &zone = china)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone);
}

} // namespace

TEST_CASE("Response targets count only while the store is open", "[core][complaints][sla]")
{
    const ServiceRules rules; // 10:00–22:00
    // The example in the rules: a phone call at 21:55 with 15 minutes is due at 10:10 next morning.
    CHECK(respondBy(at(2026, 6, 15, 21, 55), 15, rules) == at(2026, 6, 16, 10, 10));
    // Received before opening: the clock starts at 10:00.
    CHECK(respondBy(at(2026, 6, 15, 2, 0), 15, rules) == at(2026, 6, 15, 10, 15));
    // After closing, online: an hour from the next opening.
    CHECK(respondBy(at(2026, 6, 15, 23, 30), 60, rules) == at(2026, 6, 16, 11, 0));
    // Inside the day: plain addition; due exactly at closing time is still that day.
    CHECK(respondBy(at(2026, 6, 15, 14, 0), 15, rules) == at(2026, 6, 15, 14, 15));
    CHECK(respondBy(at(2026, 6, 15, 21, 45), 15, rules) == at(2026, 6, 15, 22, 0));
    // Exactly at closing: nothing left today.
    CHECK(respondBy(at(2026, 6, 15, 22, 0), 15, rules) == at(2026, 6, 16, 10, 15));
    // Across the end of a month and of a year.
    CHECK(respondBy(at(2026, 6, 30, 21, 50), 60, rules) == at(2026, 7, 1, 10, 50));
    CHECK(respondBy(at(2026, 12, 31, 21, 30), 60, rules) == at(2027, 1, 1, 10, 30));
    // A target longer than one day's hours (12 h open a day): 2 days of 12 h plus 1 h.
    CHECK(respondBy(at(2026, 6, 15, 10, 0), 25 * 60, rules) == at(2026, 6, 17, 11, 0));
}

TEST_CASE("A store open around the clock adds the minutes as they are", "[core][complaints][sla]")
{
    ServiceRules rules;
    rules.opensAt = 0;
    rules.closesAt = 0;
    REQUIRE(rules.alwaysOpen());
    CHECK(respondBy(at(2026, 6, 15, 23, 55), 15, rules) == at(2026, 6, 16, 0, 10));
    CHECK(respondBy(at(2026, 12, 31, 23, 30), 60, rules) == at(2027, 1, 1, 0, 30));
}

TEST_CASE("The response target keeps the UTC offset it was received in", "[core][complaints][sla]")
{
    const ServiceRules rules;
    const QTimeZone tokyo(9 * 3600);
    const QDateTime due = respondBy(at(2026, 6, 15, 21, 55, tokyo), 15, rules);
    CHECK(due.offsetFromUtc() == 9 * 3600);
    CHECK(due.time() == QTime(10, 10));
    CHECK(due.date() == QDate(2026, 6, 16));
    // Other opening hours.
    ServiceRules early;
    early.opensAt = 9 * 60;
    early.closesAt = 18 * 60;
    CHECK(respondBy(at(2026, 6, 15, 17, 50), 15, early) == at(2026, 6, 16, 9, 5));
}

TEST_CASE("Each state's current deadline, and the most urgent complaint first", "[core][complaints][sla]")
{
    const ServiceRules rules;
    Complaint received;
    received.id = 1;
    received.receivedAt = at(2026, 6, 15, 9, 0);
    received.respondBy = at(2026, 6, 15, 10, 15);
    CHECK(currentDeadline(received, rules) == received.respondBy);

    Complaint investigating;
    investigating.id = 2;
    investigating.state = ComplaintState::Investigating;
    investigating.receivedAt = at(2026, 6, 10, 11, 0);
    investigating.deadline = at(2026, 6, 15, 9, 0);
    CHECK(currentDeadline(investigating, rules) == investigating.deadline);

    Complaint resolved;
    resolved.id = 3;
    resolved.state = ComplaintState::Resolved;
    resolved.receivedAt = at(2026, 6, 1, 11, 0);
    resolved.resolvedAt = at(2026, 6, 15, 8, 0);
    CHECK(currentDeadline(resolved, rules) == at(2026, 6, 16, 8, 0));

    Complaint calledBack;
    calledBack.id = 4;
    calledBack.state = ComplaintState::CalledBack;
    calledBack.receivedAt = at(2026, 5, 1, 11, 0);
    CHECK_FALSE(currentDeadline(calledBack, rules).has_value());
    Complaint closed = calledBack;
    closed.state = ComplaintState::Closed;
    CHECK_FALSE(currentDeadline(closed, rules).has_value());

    QList<Complaint> open{calledBack, resolved, received, investigating};
    std::sort(open.begin(), open.end(),
        [&](const Complaint &a, const Complaint &b) { return moreUrgent(a, b, rules); });
    QList<ComplaintId> order;
    for (const Complaint &c : open)
        order << c.id;
    CHECK(order == QList<ComplaintId>{2, 1, 3, 4});
}
