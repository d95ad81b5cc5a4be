#pragma once

#include "core/campaign.h"
#include "core/holdout.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace atelier {

// Campaigns and their frozen audiences (campaigns, campaign_members), and the contacts their
// invitations make. Callers wrap writes in a Transaction.
class CampaignRepository
{
public:
    explicit CampaignRepository(QSqlDatabase db);

    // Writes the campaign (its id is ignored) and returns the new id.
    CampaignId insert(const Campaign &campaign);
    // Freezes the audience: one row per customer, in its group.
    void insertMembers(CampaignId campaign, const HoldoutSplit &split);

    std::optional<Campaign> find(CampaignId id);
    // Newest first, with the size of each audience.
    QList<CampaignSummary> list();
    // Ordered by customer id; one group only when given.
    QList<CampaignMember> members(CampaignId campaign, std::optional<CampaignGroup> group = std::nullopt);

    // The invitation went out to these customers at `at`: sets invited_at and records a contact
    // (source 'campaign', channel sms or wechat) for each.
    void recordInvitations(CampaignId campaign, const QList<CustomerId> &customers, const QDateTime &at,
        const QString &channel, std::optional<StaffId> by);

    // One member of a campaign's audience; none when she is not in it.
    std::optional<CampaignMember> member(CampaignId campaign, CustomerId customer);
    // Her invitations (invited group only) to event campaigns whose last day is `from` or later, the
    // soonest first.
    QList<CustomerInvitation> eventInvitations(CustomerId customer, const QDate &from);
    // Her answer (rsvp 'yes' / 'no', rsvp_at) and her coming (attended_at), with the clerk who recorded it.
    void recordRsvp(CampaignId campaign, CustomerId customer, bool willCome, const QDateTime &at,
        std::optional<StaffId> by);
    void recordAttendance(
        CampaignId campaign, CustomerId customer, const QDateTime &at, std::optional<StaffId> by);
    // The same for many members at once (a demo store's months of answers): one set-based write each
    // on a server. The answers are written before the comings, as a counter records them.
    struct Response
    {
        CustomerId customer = 0;
        std::optional<bool> willCome; // none: no answer
        QDateTime answeredAt;
        std::optional<StaffId> answerTakenBy;
        QDateTime attendedAt; // invalid: did not come
        std::optional<StaffId> attendanceTakenBy;
    };
    void recordResponses(CampaignId campaign, const std::vector<Response> &responses);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
