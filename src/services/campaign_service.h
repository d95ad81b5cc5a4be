#pragma once

#include <QCoreApplication>

namespace atelier {

class Clock;
class Database;

// Campaigns: a frozen audience with a random holdout, the offer as coupons, and the effect (issue 21).
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)
public:
    CampaignService(Database &db, const Clock &clock);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
