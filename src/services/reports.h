#pragma once

#include "core/campaign.h"
#include "core/read_result.h"
#include "core/report_figures.h"

namespace atelier {

class Database;

// A campaign that ran in a period (some of its days inside it), with its effect counted as the
// Campaigns page counts it by default (purchases to 14 days after its last day).
struct CampaignInPeriod
{
    Campaign campaign;
    CampaignEffect effect;
};

// Every report for one period, as the Reports page and the monthly PDF show them.
struct ReportSet
{
    Compared<CustomerFigures> customers;
    Compared<SalesFigures> sales;
    Compared<LoyaltyFigures> loyalty;
    Compared<ServiceFigures> service;
    Compared<StaffFigures> staff;
    QList<CampaignInPeriod> campaigns; // the manager's only; filled by all() and campaigns()
};

// The manager's reports: each for a period beside the period before (docs/reports.md defines every
// figure). A clerk gets their own row of the staff report and nothing else (empty figures elsewhere, which
// are read, not failed). A report that cannot be read says why (and logs the detail) instead of giving
// zeros that look like a quiet month. Safe on a worker thread with its own Database.
class Reports
{
public:
    explicit Reports(Database &db);

    ReadResult<Compared<CustomerFigures>> customers(const ReportPeriod &period);
    ReadResult<Compared<SalesFigures>> sales(const ReportPeriod &period);
    ReadResult<Compared<LoyaltyFigures>> loyalty(const ReportPeriod &period);
    ReadResult<Compared<ServiceFigures>> service(const ReportPeriod &period);
    ReadResult<Compared<StaffFigures>> staff(const ReportPeriod &period);
    // The campaigns that ran in the period, the earliest first; nothing for a clerk.
    ReadResult<QList<CampaignInPeriod>> campaigns(const ReportPeriod &period);
    // All five and the campaigns, or the sentence of the first that could not be read.
    ReadResult<ReportSet> all(const ReportPeriod &period);

private:
    bool seesWholeStore() const;
    // These throw StorageError; the public reads catch it once for both periods.
    SalesFigures salesIn(const ReportPeriod &period);
    ServiceFigures serviceIn(const ReportPeriod &period);
    StaffFigures staffIn(const ReportPeriod &period);

    Database &m_db;
};

} // namespace atelier
