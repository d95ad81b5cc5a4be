#pragma once

#include "core/complaint.h"
#include "core/service_rules.h"

#include <QDateTime>

#include <optional>

namespace atelier {

// When a complaint received at `received` must have its first response: `minutes` counted only
// while the store is open (ServiceRules::opensAt..closesAt every day). A phone call at 21:55 with a
// 15-minute target and hours 10:00–22:00 is due at 10:10 the next morning. A store open around the
// clock adds the minutes as they are. The result keeps the received time's UTC offset.
QDateTime respondBy(const QDateTime &received, int minutes, const ServiceRules &rules);

// What the complaint is waiting for now, and by when: the first response while received, the
// responsible person's deadline until it is resolved, then the call-back (resolvedAt +
// callbackAfterHours). None once called back (it only needs closing) or closed.
std::optional<QDateTime> currentDeadline(const Complaint &complaint, const ServiceRules &rules);

// Orders open complaints for the complaints page: the earliest deadline first (so the overdue ones
// lead), complaints without a deadline last, then by when they came in.
bool moreUrgent(const Complaint &a, const Complaint &b, const ServiceRules &rules);

} // namespace atelier
