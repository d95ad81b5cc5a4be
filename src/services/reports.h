#pragma once

#include "core/report_figures.h"

namespace atelier {

class Database;

// Every report for one period, as the Reports page and the monthly PDF show them.
struct ReportSet
{
    Compared<CustomerFigures> customers;
    Compared<SalesFigures> sales;
    Compared<LoyaltyFigures> loyalty;
    Compared<ServiceFigures> service;
    Compared<StaffFigures> staff;
};

// The manager's reports: each for a period beside the period before (docs/reports.md defines every
// figure). A clerk gets their own row of the staff report and nothing else. Reads never throw: a failed read
// is logged and gives zeros. Safe on a worker thread with its own Database.
class Reports
{
public:
    explicit Reports(Database &db);

    Compared<CustomerFigures> customers(const ReportPeriod &period);
    Compared<SalesFigures> sales(const ReportPeriod &period);
    Compared<LoyaltyFigures> loyalty(const ReportPeriod &period);
    Compared<ServiceFigures> service(const ReportPeriod &period);
    Compared<StaffFigures> staff(const ReportPeriod &period);
    ReportSet all(const ReportPeriod &period);

private:
    bool seesWholeStore() const;
    CustomerFigures customersIn(const ReportPeriod &period);
    SalesFigures salesIn(const ReportPeriod &period);
    ServiceFigures serviceIn(const ReportPeriod &period);
    StaffFigures staffIn(const ReportPeriod &period);

    Database &m_db;
};

} // namespace atelier
