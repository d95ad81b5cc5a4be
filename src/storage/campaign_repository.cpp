#include "storage/campaign_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/sql.h"

namespace atelier {

namespace {

constexpr const char *campaignColumns
    = "c.id, c.name, c.kind, c.first_day, c.last_day, c.holdout_percent, c.seed, c.filters, c.offer_kind, "
      "c.offer_value, c.offer_min_spend_fen, c.created_at, c.created_by";

Campaign campaignAt(const QSqlQuery &query)
{
    Campaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.name = query.value(1).toString();
    campaign.kind = campaignKindFromCode(query.value(2).toString()).value_or(CampaignKind::MemberDay);
    campaign.firstDay = dateFromStoredText(query.value(3).toString());
    campaign.lastDay = dateFromStoredText(query.value(4).toString());
    campaign.holdoutPercent = query.value(5).toInt();
    campaign.seed = static_cast<quint64>(query.value(6).toLongLong());
    campaign.filters = filtersFromStoredText(query.value(7).toString());
    if (const auto kind = offerKindFromCode(query.value(8).toString()))
        campaign.offer
            = CampaignOffer{*kind, query.value(9).toLongLong(), Money::fromFen(query.value(10).toLongLong())};
    campaign.createdAt = timeFromStoredText(query.value(11).toString());
    campaign.createdBy = query.value(12).toString();
    return campaign;
}

constexpr const char *memberColumns
    = "m.customer_id, m.member_group, m.invited_at, m.rsvp, m.rsvp_at, m.attended_at, m.recorded_by";

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : timeFromStoredText(value.toString());
}

// The member at `first` (memberColumns).
CampaignMember memberAt(const QSqlQuery &query, int first)
{
    CampaignMember member;
    member.customer = query.value(first).toLongLong();
    member.group = campaignGroupFromCode(query.value(first + 1).toString()).value_or(CampaignGroup::Invited);
    member.invitedAt = optionalTime(query.value(first + 2));
    if (!query.value(first + 3).isNull())
        member.rsvp = query.value(first + 3).toString() == QLatin1String("yes");
    member.rsvpAt = optionalTime(query.value(first + 4));
    member.attendedAt = optionalTime(query.value(first + 5));
    if (!query.value(first + 6).isNull())
        member.recordedBy = query.value(first + 6).toLongLong();
    return member;
}

} // namespace

CampaignRepository::CampaignRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CampaignId CampaignRepository::insert(const Campaign &campaign)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO campaigns (name, kind, first_day, last_day, holdout_percent, seed, filters, "
            "offer_kind, offer_value, offer_min_spend_fen, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {campaign.name, toCode(campaign.kind), toStoredText(campaign.firstDay),
            toStoredText(campaign.lastDay), campaign.holdoutPercent, qlonglong(campaign.seed),
            toStoredText(campaign.filters),
            campaign.offer ? QVariant(toCode(campaign.offer->kind)) : QVariant(QMetaType(QMetaType::QString)),
            qlonglong(campaign.offer ? campaign.offer->value : 0),
            qlonglong(campaign.offer ? campaign.offer->minSpend.fen() : 0), toStoredText(campaign.createdAt),
            campaign.createdBy});
    if (!query.next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("campaign insert returned no id"));
    return query.value(0).toLongLong();
}

void CampaignRepository::insertMembers(CampaignId campaign, const HoldoutSplit &split)
{
    // Thousands of members: one set-based write on a server (BatchWrite), a statement each on SQLite.
    BatchWrite insert(m_db, QStringLiteral("campaign_members"),
        QStringLiteral("campaign_id, customer_id, member_group"), BatchWrite::Kind::Insert);
    const auto write = [&](const QList<CustomerId> &ids, CampaignGroup group) {
        const QString code = toCode(group);
        for (const CustomerId id : ids) {
            insert.bind(1, campaign);
            insert.bind(2, id);
            insert.bindUtf8(3, code);
            insert.add();
        }
    };
    write(split.invited, CampaignGroup::Invited);
    write(split.holdout, CampaignGroup::Holdout);
    insert.flush();
}

std::optional<Campaign> CampaignRepository::find(CampaignId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM campaigns c WHERE c.id = ?").arg(QLatin1String(campaignColumns)),
        {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return campaignAt(query);
}

QList<CampaignSummary> CampaignRepository::list()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(R"(
SELECT %1,
       COALESCE(g.invited, 0), COALESCE(g.holdout, 0), COALESCE(g.sent, 0)
FROM campaigns c
LEFT JOIN (SELECT campaign_id,
                  SUM(CASE WHEN member_group = 'invited' THEN 1 ELSE 0 END) AS invited,
                  SUM(CASE WHEN member_group = 'holdout' THEN 1 ELSE 0 END) AS holdout,
                  SUM(CASE WHEN invited_at IS NOT NULL THEN 1 ELSE 0 END) AS sent
           FROM campaign_members GROUP BY campaign_id) g ON g.campaign_id = c.id
ORDER BY c.created_at DESC, c.id DESC)")
            .arg(QLatin1String(campaignColumns)));
    QList<CampaignSummary> campaigns;
    while (query.next())
        campaigns << CampaignSummary{
            campaignAt(query), query.value(13).toInt(), query.value(14).toInt(), query.value(15).toInt()};
    return campaigns;
}

QList<CampaignMember> CampaignRepository::members(CampaignId campaign, std::optional<CampaignGroup> group)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM campaign_members m "
                       "WHERE m.campaign_id = ? AND (CAST(? AS TEXT) IS NULL OR m.member_group = ?) "
                       "ORDER BY m.customer_id")
            .arg(QLatin1String(memberColumns)),
        {qlonglong(campaign), group ? QVariant(toCode(*group)) : QVariant(QMetaType(QMetaType::QString)),
            group ? QVariant(toCode(*group)) : QVariant(QMetaType(QMetaType::QString))});
    QList<CampaignMember> members;
    while (query.next())
        members << memberAt(query, 0);
    return members;
}

std::optional<CampaignMember> CampaignRepository::member(CampaignId campaign, CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM campaign_members m WHERE m.campaign_id = ? AND m.customer_id = ?")
            .arg(QLatin1String(memberColumns)),
        {qlonglong(campaign), qlonglong(customer)});
    if (!query.next())
        return std::nullopt;
    return memberAt(query, 0);
}

QList<CustomerInvitation> CampaignRepository::eventInvitations(CustomerId customer, const QDate &from)
{
    QStringList kinds;
    for (const CampaignKind kind :
        {CampaignKind::MemberDay, CampaignKind::VipFitting, CampaignKind::FashionShow})
        kinds << toCode(kind);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1, %2 FROM campaigns c JOIN campaign_members m ON m.campaign_id = c.id "
                       "WHERE m.customer_id = ? AND m.member_group = 'invited' AND c.last_day >= ? "
                       "AND c.kind IN (?, ?, ?) ORDER BY c.first_day, c.id")
            .arg(QLatin1String(campaignColumns), QLatin1String(memberColumns)),
        {qlonglong(customer), toStoredText(from), kinds.at(0), kinds.at(1), kinds.at(2)});
    QList<CustomerInvitation> invitations;
    while (query.next())
        invitations << CustomerInvitation{campaignAt(query), memberAt(query, 13)};
    return invitations;
}

void CampaignRepository::recordRsvp(
    CampaignId campaign, CustomerId customer, bool willCome, const QDateTime &at, std::optional<StaffId> by)
{
    sql::run(m_db,
        QStringLiteral("UPDATE campaign_members SET rsvp = ?, rsvp_at = ?, recorded_by = ? "
                       "WHERE campaign_id = ? AND customer_id = ?"),
        {willCome ? QStringLiteral("yes") : QStringLiteral("no"), toStoredText(at), sql::optionalId(by),
            qlonglong(campaign), qlonglong(customer)});
}

void CampaignRepository::recordAttendance(
    CampaignId campaign, CustomerId customer, const QDateTime &at, std::optional<StaffId> by)
{
    sql::run(m_db,
        QStringLiteral("UPDATE campaign_members SET attended_at = ?, recorded_by = ? "
                       "WHERE campaign_id = ? AND customer_id = ?"),
        {toStoredText(at), sql::optionalId(by), qlonglong(campaign), qlonglong(customer)});
}

void CampaignRepository::recordResponses(CampaignId campaign, const std::vector<Response> &responses)
{
    BatchWrite answers(m_db, QStringLiteral("campaign_members"),
        QStringLiteral("campaign_id, customer_id, rsvp, rsvp_at, recorded_by"), BatchWrite::Kind::Update, 2);
    BatchWrite comings(m_db, QStringLiteral("campaign_members"),
        QStringLiteral("campaign_id, customer_id, attended_at, recorded_by"), BatchWrite::Kind::Update, 2);
    for (const Response &response : responses) {
        if (response.willCome) {
            answers.bind(1, campaign);
            answers.bind(2, response.customer);
            answers.bindUtf8(3, *response.willCome ? QStringLiteral("yes") : QStringLiteral("no"));
            answers.bindUtf8(4, toStoredText(response.answeredAt));
            answers.bind(5, sql::optionalId(response.answerTakenBy));
            answers.add();
        }
        if (response.attendedAt.isValid()) {
            comings.bind(1, campaign);
            comings.bind(2, response.customer);
            comings.bindUtf8(3, toStoredText(response.attendedAt));
            comings.bind(4, sql::optionalId(response.attendanceTakenBy));
            comings.add();
        }
    }
    answers.flush();
    comings.flush();
}

void CampaignRepository::recordInvitations(CampaignId campaign, const QList<CustomerId> &customers,
    const QDateTime &at, const QString &channel, std::optional<StaffId> by)
{
    BatchWrite invited(m_db, QStringLiteral("campaign_members"),
        QStringLiteral("campaign_id, customer_id, invited_at"), BatchWrite::Kind::Update, 2);
    BatchWrite contact(m_db, QStringLiteral("contacts"),
        QStringLiteral("customer_id, contacted_at, channel, source, staff_id, campaign_id"),
        BatchWrite::Kind::Insert);
    const QString when = toStoredText(at);
    for (const CustomerId customer : customers) {
        invited.bind(1, campaign);
        invited.bind(2, customer);
        invited.bindUtf8(3, when);
        invited.add();
        contact.bind(1, customer);
        contact.bindUtf8(2, when);
        contact.bindUtf8(3, channel);
        contact.bindUtf8(4, QStringLiteral("campaign"));
        contact.bind(5, sql::optionalId(by));
        contact.bind(6, campaign);
        contact.add();
    }
    invited.flush();
    contact.flush();
}

} // namespace atelier
