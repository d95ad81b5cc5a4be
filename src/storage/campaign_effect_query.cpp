#include "storage/campaign_effect_query.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

GroupFigures &groupOf(CampaignEffectQuery::Figures &figures, const QString &code)
{
    return campaignGroupFromCode(code) == CampaignGroup::Holdout ? figures.holdout : figures.invited;
}

} // namespace

CampaignEffectQuery::CampaignEffectQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CampaignEffectQuery::Figures CampaignEffectQuery::figures(
    CampaignId campaign, const QDate &firstDay, const QDate &lastDay)
{
    Figures figures;
    QSqlQuery members = sql::run(m_db,
        QStringLiteral("SELECT member_group, COUNT(*), "
                       "SUM(CASE WHEN rsvp = 'yes' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN rsvp = 'no' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN attended_at IS NOT NULL THEN 1 ELSE 0 END) "
                       "FROM campaign_members WHERE campaign_id = ? GROUP BY member_group"),
        {qlonglong(campaign)});
    while (members.next()) {
        GroupFigures &group = groupOf(figures, members.value(0).toString());
        group.customers = members.value(1).toInt();
        group.rsvpYes = members.value(2).toInt();
        group.rsvpNo = members.value(3).toInt();
        group.attended = members.value(4).toInt();
    }

    // Stored times begin with their local day: text comparison with days is by calendar day, and the
    // sales_sold_at index finds the window.
    QSqlQuery buyers = sql::run(m_db, QStringLiteral(R"(
SELECT m.member_group, m.customer_id, SUM(p.kept)
FROM (SELECT s.customer_id,
             s.total_fen - CASE WHEN s.has_returns = 1
                                THEN COALESCE((SELECT SUM(r.refund_fen) FROM sale_lines rl
                                               JOIN returns r ON r.sale_line_id = rl.id
                                               WHERE rl.sale_id = s.id), 0)
                                ELSE 0 END AS kept
      FROM sales s
      WHERE s.sold_at >= ? AND s.sold_at < ? AND s.is_exchange = 0 AND s.customer_id IS NOT NULL) p
JOIN campaign_members m ON m.campaign_id = ? AND m.customer_id = p.customer_id
WHERE p.kept > 0
GROUP BY m.member_group, m.customer_id)"),
        {toStoredText(firstDay), toStoredText(lastDay.addDays(1)), qlonglong(campaign)});
    while (buyers.next()) {
        GroupFigures &group = groupOf(figures, buyers.value(0).toString());
        const qint64 fen = buyers.value(2).toLongLong();
        ++group.buyers;
        group.revenue += Money::fromFen(fen);
        group.revenueSquares += double(fen) * double(fen);
    }

    QSqlQuery coupons = sql::run(m_db, QStringLiteral(R"(
SELECT m.member_group, COUNT(*), COALESCE(SUM(k.discount_fen), 0)
FROM coupons k
JOIN campaign_members m ON m.campaign_id = k.campaign_id AND m.customer_id = k.customer_id
WHERE k.campaign_id = ? AND k.status = 'redeemed'
GROUP BY m.member_group)"),
        {qlonglong(campaign)});
    while (coupons.next()) {
        GroupFigures &group = groupOf(figures, coupons.value(0).toString());
        group.couponsRedeemed = coupons.value(1).toInt();
        group.offerCost = Money::fromFen(coupons.value(2).toLongLong());
    }
    return figures;
}

} // namespace atelier
