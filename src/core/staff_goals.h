#pragma once

#include "core/customer.h"
#include "core/report_figures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

// The manager's targets for one clerk and one month (seed 001). Empty: no target for that figure.
struct StaffTarget
{
    StaffId staff = 0;
    QString name; // read back for the editor; not stored with the target
    std::optional<std::int64_t> salesFen; // what her orders came to at the till
    std::optional<int> newArchives; // customers she registered
    std::optional<int> followUpsDone; // follow-up tasks she marked done
    bool isEmpty() const { return !salesFen && !newArchives && !followUpsDone; }
    bool operator==(const StaffTarget &other) const = default;
};

// A month as targets store it ("2026-05"), from any day of it.
QString targetMonth(const QDate &day);

// The period's target of each clerk's row: the sum of the monthly targets of its months, only when the
// period is made of whole calendar months and each of them has that target (docs/reports.md, "Staff").
// `months`: the targets by month ("YYYY-MM").
void addPeriodTargets(
    QList<StaffRow> &rows, const ReportPeriod &period, const QMap<QString, QList<StaffTarget>> &months);

// The manager's spot check of one archive (seed 003 §8): a real customer with real facts, or not.
struct ArchiveCheck
{
    CustomerId customer = 0;
    bool valid = true;
    QString note; // why, in the manager's words; optional
    QDate checkedOn;
    std::optional<StaffId> checkedBy;
    QString checkedByName; // read back; not stored with the check

    static constexpr int maxNoteLength = 200;
    // Why it cannot be kept (the note's length), naming the field; empty when it can.
    QString problem() const;
};

// An archive registered in a month, as the manager's random pick of archives to check lists it.
struct ArchiveToCheck
{
    CustomerId customer = 0;
    QString name;
    QString registeredBy; // the clerk's name; empty when not known
    QDate registeredOn;
    std::optional<bool> valid; // the last verdict; empty: never checked
};

// One clerk in the month's archive contest (档案评比): archives she registered in the month that the
// manager checked. An unchecked archive counts nowhere.
struct ContestRow
{
    StaffId staff = 0;
    QString name;
    int checked = 0; // her checked archives of the month
    int valid = 0; // ... found valid: the quantity
    int completenessTotal = 0; // the sum of her checked archives' completeness (0-100 each)
    std::optional<int> rank; // empty: nothing of hers checked, listed unranked
    double validity() const { return checked == 0 ? 0.0 : double(valid) / double(checked); }
    int averageCompleteness() const { return checked == 0 ? 0 : completenessTotal / checked; }
};

class ArchiveContest
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveContest)
public:
    // Ranks the clerks with a checked archive (docs/reports.md, "Archive contest"): more valid archives
    // first, then the higher validity, then the higher average completeness; clerks equal on all three
    // share a rank (1, 2, 2, 4). Clerks with nothing checked come last, unranked, by name.
    static void rank(QList<ContestRow> &rows);
};

} // namespace atelier
