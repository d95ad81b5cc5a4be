#pragma once

#include "core/sale.h"
#include "services/demo_calendar.h"
#include "services/demo_people.h"
#include "services/demo_random.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace atelier {

// One planned visit that ends in a sale: small, so that all of a 100 000-customer store's visits
// fit in memory and can be sorted by time before any sale is written (sale ids then follow time,
// as in a real store). The lines are drawn later, in that order, from one random stream.
struct DemoVisit
{
    qint64 secsSinceEpoch = 0;
    CustomerId customer = 0;
    qint8 topSize = 0; // index into the top sizes XS..XXL
    qint8 bottomSize = 0; // waist 25..34 as 0..9
    bool operator<(const DemoVisit &other) const
    {
        if (secsSinceEpoch != other.secsSinceEpoch)
            return secsSinceEpoch < other.secsSinceEpoch;
        return customer < other.customer;
    }
};

// A sale drawn from a visit, with the returns and exchanges that will follow it.
struct DemoSale
{
    Sale sale;
    struct Return
    {
        int line; // index into sale.lines
        ReturnRecord record; // saleLineId is filled in once the sale is written
        std::optional<Sale> replacement; // for an exchange: the new sale with the replacing piece
    };
    QList<Return> returns;
};

// Plans when each customer comes back, and what they buy when they do.
class DemoSales
{
public:
    DemoSales(QDate firstDay, QDate lastDay);

    // Appends the visits of one customer from their registration (their first purchase) on.
    void planVisits(const DemoPerson &person, CustomerId id, DemoRandom &random, QList<DemoVisit> &out) const;

    // The sale of one visit; `clerks` sell it (the last one is the manager, who sells less).
    // Call it for the visits in sorted order with the same `random` to get the same store.
    DemoSale materialise(const DemoVisit &visit, const QList<StaffId> &clerks, DemoRandom &random) const;

private:
    SaleLine drawLine(const QDate &day, const DemoVisit &visit, DemoRandom &random) const;

    QDate m_firstDay;
    QDate m_lastDay;
    DemoCalendar m_calendar;
};

} // namespace atelier
