#include "storage/campaign_repository.h"

#include "core/stored_time.h"
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
    QSqlQuery insert = sql::prepare(m_db,
        QStringLiteral(
            "INSERT INTO campaign_members (campaign_id, customer_id, member_group) VALUES (?, ?, ?)"));
    const auto write = [&](const QList<CustomerId> &ids, CampaignGroup group) {
        const QString code = toCode(group);
        for (const CustomerId id : ids) {
            sql::bind(insert, 0, qlonglong(campaign));
            sql::bind(insert, 1, qlonglong(id));
            sql::bind(insert, 2, code);
            sql::exec(insert);
        }
    };
    write(split.invited, CampaignGroup::Invited);
    write(split.holdout, CampaignGroup::Holdout);
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
        QStringLiteral("SELECT customer_id, member_group, invited_at FROM campaign_members "
                       "WHERE campaign_id = ? AND (CAST(? AS TEXT) IS NULL OR member_group = ?) "
                       "ORDER BY customer_id"),
        {qlonglong(campaign), group ? QVariant(toCode(*group)) : QVariant(QMetaType(QMetaType::QString)),
            group ? QVariant(toCode(*group)) : QVariant(QMetaType(QMetaType::QString))});
    QList<CampaignMember> members;
    while (query.next())
        members << CampaignMember{query.value(0).toLongLong(),
            campaignGroupFromCode(query.value(1).toString()).value_or(CampaignGroup::Invited),
            query.value(2).isNull() ? QDateTime() : timeFromStoredText(query.value(2).toString())};
    return members;
}

void CampaignRepository::recordInvitations(CampaignId campaign, const QList<CustomerId> &customers,
    const QDateTime &at, const QString &channel, std::optional<StaffId> by)
{
    QSqlQuery invited = sql::prepare(m_db,
        QStringLiteral(
            "UPDATE campaign_members SET invited_at = ? WHERE campaign_id = ? AND customer_id = ?"));
    QSqlQuery contact = sql::prepare(m_db,
        QStringLiteral(
            "INSERT INTO contacts (customer_id, contacted_at, channel, source, staff_id, campaign_id) "
            "VALUES (?, ?, ?, 'campaign', ?, ?)"));
    const QString when = toStoredText(at);
    for (const CustomerId customer : customers) {
        sql::bind(invited, 0, when);
        sql::bind(invited, 1, qlonglong(campaign));
        sql::bind(invited, 2, qlonglong(customer));
        sql::exec(invited);
        sql::bind(contact, 0, qlonglong(customer));
        sql::bind(contact, 1, when);
        sql::bind(contact, 2, channel);
        sql::bind(contact, 3, sql::optionalId(by));
        sql::bind(contact, 4, qlonglong(campaign));
        sql::exec(contact);
    }
}

} // namespace atelier
