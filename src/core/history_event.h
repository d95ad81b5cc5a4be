#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// What happened to a customer, as her history (the card's History section, the full page and
// `atelier-cli history`) lists it. The codes are the CLI's contract (docs/cli.md) and sort in this
// order: alphabetically, which is how events of the same second are ordered.
enum class HistoryKind
{
    Purchase, // a sale to her (not the replacement side of an exchange)
    Return,
    Exchange,
    Complaint, // each step of a complaint, from intake to closure
    FollowUp, // a follow-up task: planned, done with its outcome, or cancelled
    Contact, // a bulk SMS from an exported list, a campaign's message copy
    Points, // a movement of points
    Tier,
    Segment,
    Coupon, // issued to her, redeemed
    Campaign, // invited (not the holdout), answered, attended
    Handover, // a shift handover note that names her
    Edit, // a change to her archive record (the audit trail: manager only)
    Referral, // a customer she brought registered; her reward for one
    LostSale, // something she wanted and did not buy
    Satisfaction // a satisfaction score she gave (issue 24)
};

QString toCode(HistoryKind kind);
std::optional<HistoryKind> historyKindFromCode(const QString &code);
// Every kind, in the order a filter offers them.
QList<HistoryKind> allHistoryKinds();

// One event of the history, with the facts its summary is rendered from (HistoryWording) when it is
// shown, so that each reader sees it in their own language: nothing is stored as text for it.
struct HistoryEvent
{
    HistoryKind kind = HistoryKind::Purchase;
    // The store's local time as recorded, "YYYY-MM-DDTHH:MM:SS"; an event that has only a day (a tier
    // or segment move, a reward granted) at T00:00:00 of that day.
    QString at;
    qint64 id = 0; // the row's id in its table (the sale, the ledger row, the complaint step…)
    // Orders the events one row gives at the same second: issued 0, redeemed 1 (coupon); invited 0,
    // answered 1, attended 2 (campaign); brought 0, reward 1 (referral). 0 for every other kind.
    int step = 0;
    QString what; // the event's own code: a complaint step's state, a task's status, a coupon's "issued"…
    QStringList facts; // stored values, as the kind's comment in history_wording.cpp lists them

    QString fact(int index) const { return index < facts.size() ? facts.at(index) : QString(); }
    bool operator==(const HistoryEvent &) const = default;
};

// The words of the history's kinds, for the filter and the kind column.
class HistoryKindLabels
{
    Q_DECLARE_TR_FUNCTIONS(HistoryKindLabels)
public:
    static QString of(HistoryKind kind); // "Purchase", "Follow-up", "Archive edit"…
};

} // namespace atelier
