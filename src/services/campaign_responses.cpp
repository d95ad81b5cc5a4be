#include "services/campaign_responses.h"

#include "core/clock.h"
#include "core/display_format.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

namespace atelier {

namespace {

template <typename T> CampaignResult<T> refused(QString error)
{
    return CampaignResult<T>::refused(std::move(error));
}

} // namespace

CampaignResponses::CampaignResponses(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

CampaignResult<QList<CustomerInvitation>> CampaignResponses::invitations(CustomerId customer)
{
    if (const QString no = Access::refusal(m_db, Permission::ServeCustomers); !no.isEmpty())
        return refused<QList<CustomerInvitation>>(no);
    try {
        return {
            CampaignRepository(m_db.connection()).eventInvitations(customer, m_clock.today()), {}, false, {}};
    } catch (const StorageError &error) {
        return CampaignResult<QList<CustomerInvitation>>::failed(
            campaignFailureText("campaign invitations could not be read", error));
    }
}

CampaignResult<CampaignMember> CampaignResponses::answer(
    CampaignId campaign, CustomerId customer, bool willCome, std::optional<StaffId> by)
{
    return record(campaign, customer, Step::Answer, willCome, by);
}

CampaignResult<CampaignMember> CampaignResponses::attended(
    CampaignId campaign, CustomerId customer, std::optional<StaffId> by)
{
    return record(campaign, customer, Step::Attendance, true, by);
}

CampaignResult<CampaignMember> CampaignResponses::record(
    CampaignId campaign, CustomerId customer, Step step, bool willCome, std::optional<StaffId> by)
{
    if (const QString no = Access::refusal(m_db, Permission::ServeCustomers); !no.isEmpty())
        return refused<CampaignMember>(no);
    const QDate today = m_clock.today();
    const AuditActor actor = m_db.auditActor();
    if (!by)
        by = actor.staffId;
    try {
        const QSqlDatabase db = m_db.connection();
        Transaction transaction(db);
        CampaignRepository campaigns(db);
        const std::optional<Campaign> found = campaigns.find(campaign);
        if (!found)
            return refused<CampaignMember>(tr("There is no campaign #%1.").arg(campaign));
        const Campaign &c = *found;
        if (!isEvent(c.kind))
            return refused<CampaignMember>(
                tr("“%1” is a %2, not an event: there is no answer or attendance to record.")
                    .arg(c.name, CampaignLabels::of(c.kind).toLower()));
        const std::optional<CampaignMember> member = campaigns.member(campaign, customer);
        if (!member)
            return refused<CampaignMember>(tr("This customer was not invited to “%1”.").arg(c.name));
        if (member->group == CampaignGroup::Holdout)
            return refused<CampaignMember>(
                tr("This customer was held out of “%1” at random and not invited: nothing is recorded for "
                   "her, so that the campaign's effect can be measured.")
                    .arg(c.name));
        QString recorded;
        if (step == Step::Answer) {
            if (today > c.lastDay)
                return refused<CampaignMember>(tr("“%1” ended on %2: answers are no longer recorded.")
                                                   .arg(c.name, DisplayFormat::date(c.lastDay)));
            if (member->rsvp == willCome)
                return {member, {}, false, {}}; // already so: nothing changes, nothing is audited again
            campaigns.recordRsvp(campaign, customer, willCome, m_clock.now(), by);
            recorded = willCome ? QStringLiteral("yes") : QStringLiteral("no");
        } else {
            if (today < c.firstDay || today > c.lastDay)
                return refused<CampaignMember>(
                    tr("“%1” runs from %2 to %3: attendance is recorded on those days only, not on %4.")
                        .arg(c.name, DisplayFormat::date(c.firstDay), DisplayFormat::date(c.lastDay),
                            DisplayFormat::date(today)));
            if (member->attendedAt.isValid())
                return {member, {}, false, {}}; // came already: the first record stands
            campaigns.recordAttendance(campaign, customer, m_clock.now(), by);
            recorded = QStringLiteral("came");
        }
        AuditTrail(m_db, m_clock).recordCampaignResponse(actor, customer, campaign, recorded, today);
        std::optional<CampaignMember> after = campaigns.member(campaign, customer);
        transaction.commit();
        ChangeNotifier::post(Change::What::Customers, {customer}, {customer});
        return {std::move(after), {}, false, {}};
    } catch (const StorageError &error) {
        return CampaignResult<CampaignMember>::failed(
            campaignFailureText("campaign answer or attendance could not be recorded", error));
    }
}

} // namespace atelier
