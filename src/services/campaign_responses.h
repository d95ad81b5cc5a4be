#pragma once

#include "core/campaign.h"
#include "services/campaign_service.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace atelier {

class Clock;
class Database;

// The counter's side of an event campaign (member day, VIP private fitting, fashion show; issue 22):
// an invited customer's answer to her invitation ("will come", "won't come") and her coming, each
// recorded with the clerk (campaign_members.recorded_by) and audited. Only the invited group answers
// and comes: a member of the holdout was never invited, and recording her would spoil the comparison.
// Answers are taken until the campaign's last day, attendance on its days only. Recording what is
// already recorded changes nothing and is not audited again. Safe on a worker with its own Database.
class CampaignResponses
{
    Q_DECLARE_TR_FUNCTIONS(CampaignResponses)
public:
    CampaignResponses(Database &db, const Clock &clock);

    // Her invitations to event campaigns not over yet (last day today or later), the soonest first.
    CampaignResult<QList<CustomerInvitation>> invitations(CustomerId customer);
    // Her answer; `by` the clerk (none: the connection's actor).
    CampaignResult<CampaignMember> answer(
        CampaignId campaign, CustomerId customer, bool willCome, std::optional<StaffId> by = {});
    // She came today.
    CampaignResult<CampaignMember> attended(
        CampaignId campaign, CustomerId customer, std::optional<StaffId> by = {});

private:
    enum class Step
    {
        Answer,
        Attendance
    };
    CampaignResult<CampaignMember> record(
        CampaignId campaign, CustomerId customer, Step step, bool willCome, std::optional<StaffId> by);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
