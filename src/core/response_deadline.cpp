#include "core/response_deadline.h"

#include <QTimeZone>

namespace atelier {

namespace {

QDateTime atMinute(const QDate &day, int minuteOfDay, const QTimeZone &zone)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), zone);
}

} // namespace

QDateTime respondBy(const QDateTime &received, int minutes, const ServiceRules &rules)
{
    if (!received.isValid())
        return {};
    // Fixed offset: the store's day is the day of the offset the complaint was recorded in.
    const QTimeZone zone(received.offsetFromUtc());
    QDateTime at = received.toTimeZone(zone);
    if (rules.alwaysOpen() || minutes <= 0)
        return at.addSecs(qint64(minutes) * 60);
    qint64 remaining = qint64(minutes) * 60;
    QDate day = at.date();
    // Each pass uses up one day's opening hours; a target of up to 7 days fits in a few passes.
    for (;;) {
        const QDateTime opens = atMinute(day, rules.opensAt, zone);
        const QDateTime closes = atMinute(day, rules.closesAt, zone);
        if (at < opens)
            at = opens;
        if (at < closes) {
            const qint64 open = at.secsTo(closes);
            if (remaining <= open)
                return at.addSecs(remaining);
            remaining -= open;
        }
        day = day.addDays(1);
        at = atMinute(day, rules.opensAt, zone);
    }
}

std::optional<QDateTime> currentDeadline(const Complaint &complaint, const ServiceRules &rules)
{
    switch (complaint.state) {
    case ComplaintState::Received:
        return complaint.respondBy;
    case ComplaintState::Acknowledged:
    case ComplaintState::Investigating:
    case ComplaintState::ResolutionOffered:
        if (complaint.deadline.isValid())
            return complaint.deadline;
        return std::nullopt;
    case ComplaintState::Resolved:
        if (complaint.resolvedAt.isValid())
            return complaint.resolvedAt.addSecs(qint64(rules.callbackAfterHours) * 3600);
        return std::nullopt;
    case ComplaintState::CalledBack:
    case ComplaintState::Closed:
        return std::nullopt;
    }
    return std::nullopt;
}

bool moreUrgent(const Complaint &a, const Complaint &b, const ServiceRules &rules)
{
    const std::optional<QDateTime> da = currentDeadline(a, rules);
    const std::optional<QDateTime> db = currentDeadline(b, rules);
    if (da.has_value() != db.has_value())
        return da.has_value();
    if (da && *da != *db)
        return *da < *db;
    if (a.receivedAt != b.receivedAt)
        return a.receivedAt < b.receivedAt;
    return a.id < b.id;
}

} // namespace atelier
