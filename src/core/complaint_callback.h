#pragma once

#include "core/complaint.h"
#include "core/follow_up.h"
#include "core/service_rules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace atelier {

// The call-back (回访) a resolved complaint gets: a follow-up task due callbackAfterHours after the
// resolution, by phone (WeChat when the complaint came by WeChat), for the responsible person (else
// whoever took the complaint). Its generated key makes it once per complaint, whoever creates it
// first: the Resolved step or the nightly job catching up.
class ComplaintCallback
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCallback)
public:
    static QString keyFor(ComplaintId complaint);
    // Only for a complaint with a customer (a task belongs to a customer) and a resolvedAt.
    static FollowUpTask taskFor(const Complaint &complaint, const ServiceRules &rules, const QDateTime &now);
};

// The same as ComplaintCallback::taskFor, by its short name.
inline FollowUpTask callbackTaskFor(
    const Complaint &complaint, const ServiceRules &rules, const QDateTime &now)
{
    return ComplaintCallback::taskFor(complaint, rules, now);
}

} // namespace atelier
