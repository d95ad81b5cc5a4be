#pragma once

#include "core/campaign.h"

#include <QDate>
#include <QSqlDatabase>

namespace atelier {

// What the invited group and the holdout of one campaign did between two days: customers, buyers, the
// kept value of their purchases (its sum and sum of squares per customer), and the campaign's coupons
// they redeemed, and for events their answers (RSVP yes / no) and attendance. A purchase is a sale that is not the replacement side of an exchange and keeps some
// value after every refund recorded so far against its lines; its revenue is that kept value. Its day
// is the calendar day it was recorded on (the stored time's first ten characters).
class CampaignEffectQuery
{
public:
    struct Figures
    {
        GroupFigures invited;
        GroupFigures holdout;
    };

    explicit CampaignEffectQuery(QSqlDatabase db);

    // Purchases from `firstDay` to `lastDay`, both included.
    Figures figures(CampaignId campaign, const QDate &firstDay, const QDate &lastDay);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
