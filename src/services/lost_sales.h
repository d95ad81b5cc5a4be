#pragma once

#include "core/lost_sale.h"
#include "core/read_result.h"
#include "core/report_period.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// What recording a lost sale gives back: the sale as stored, or the field at fault and why not.
struct LostSaleResult
{
    std::optional<LostSale> sale;
    QString field; // "wanted", "style_no", "category", "colour", "size", "note"; empty for other failures
    QString message;
    bool ok() const { return sale.has_value(); }
};

// Who an arrival would tell, before the manager confirms it.
struct ArrivalPreview
{
    int wishes = 0; // open wishes it answers
    int customers = 0; // distinct customers among them: one task each
};

// What marking an arrival did: the wishes it closed and the tasks it planned, or why nothing.
struct ArrivalResult
{
    bool done = false;
    int wishes = 0;
    int tasks = 0;
    QString message; // set when nothing was written
    bool ok() const { return done; }
};

// Lost sales and wishes (缺货登记 / 未成交原因, issue 23). Any clerk records one at the counter, for a
// customer or none (audited like the counter's other writes). The manager reads the report by style
// (or category), size and reason for buying decisions, and marks a style and size as arrived: in one
// transaction the matching open wishes are closed and each customer who asked gets one "it's in"
// task (TaskPurpose::Arrival), however many times she asked. Safe on a worker with its own Database.
//
// The arrival task is a service she asked for, not marketing: it needs no marketing consent and the
// quiet period does not hold it back (docs/follow-ups.md).
class LostSales
{
    Q_DECLARE_TR_FUNCTIONS(LostSales)
public:
    LostSales(Database &db, const Clock &clock);

    // Records it now, by the connection's actor. Nothing wanted (neither a style number nor a
    // category) is refused naming the field "wanted"; fields are trimmed (LostSale::normalised).
    LostSaleResult record(const LostSale &sale);

    // The manager's report: the period's lost sales counted by style number (or category), size and
    // reason, most first (sortLostSaleCounts); only `reason`'s when given. A clerk gets a refusal.
    ReadResult<QList<LostSaleCount>> report(
        const ReportPeriod &period, std::optional<LostSaleReason> reason = {});

    // How many open wishes an arrival answers and how many customers it will give a task.
    ReadResult<ArrivalPreview> preview(const Arrival &arrival);
    // Manager only; audited; one transaction. Marks the open wishes `arrival` matches (LostSaleRepository
    // ::openWishes) and plans one task per customer among them, due today, keyed on her first wish so
    // that a repeat plans nothing twice. Wishes without a customer are closed with no task.
    ArrivalResult markArrived(const Arrival &arrival);

    // The generated key of the task for a customer whose first matching wish is `firstWish`.
    static QString taskKey(LostSaleId firstWish);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
