#pragma once

#include "core/complaint.h"

#include <QDate>
#include <QString>

#include <optional>

namespace atelier {

// What the complaints desk asks for and gets back: list rows, their filter, and the analysis's
// counted groups. Values only; the SQL behind them is in storage.

// A complaint with the name of its customer, for lists (empty name: no customer).
struct ComplaintRow
{
    Complaint complaint;
    QString customerName;
};

struct ComplaintFilter
{
    bool openOnly = false; // everything but closed
    std::optional<CustomerId> customer;
    QDate receivedFrom; // inclusive; invalid: no bound
    QDate receivedTo; // inclusive; invalid: no bound
};

// One group of complaints and how many fell in it.
struct ComplaintCount
{
    QString key; // a category code, a style number, a staff id, or a month "YYYY-MM"
    QString name; // the staff member's name for clerks; empty otherwise
    int count = 0;
};

} // namespace atelier
