#pragma once

#include "core/customer.h"
#include "core/read_result.h"
#include "services/merged_record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

class Clock;
class Database;

// Two customers who look like one person, for the manager's list.
struct DuplicateSuggestion
{
    CustomerId first = 0;
    CustomerId second = 0;
    int reasons = 0; // DuplicateReason bits (storage/duplicate_query.h)
    QString firstName;
    QString secondName;
    QString firstPhone; // digits
    QString secondPhone;
};

struct SuggestionsResult
{
    QList<DuplicateSuggestion> pairs;
    QString error;
};

// How many rows of one kind would move (or moved) to the survivor.
struct MoveCount
{
    QString table; // "sales", "points_ledger"…
    int rows = 0;
};

struct MergePreview
{
    Customer survivor;
    Customer absorbed;
    MergedRecord merged;
    QStringList survivorTags;
    QStringList absorbedTags;
    QStringList mergedTags; // the union
    QList<MoveCount> moves; // the absorbed customer's rows, per table (tables with none left out)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct MergeResult
{
    std::optional<qint64> mergeId;
    QList<MoveCount> moved;
    QString error;
    bool ok() const { return mergeId.has_value(); }
};

struct UndoResult
{
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A past merge for the "Recent merges" list.
struct MergeSummary
{
    qint64 id = 0;
    QDateTime mergedAt;
    QString mergedBy;
    CustomerId survivorId = 0;
    QString survivorName;
    CustomerId absorbedId = 0;
    QString absorbedName;
    QString absorbedPhone;
    bool undone = false;
};

// Merging duplicate customers (合并重复顾客), a manager's job: suggestions, a preview of the merged
// record, the merge itself in one transaction and its exact undo (docs/merge.md). The absorbed
// customer's row is removed; its sales, points, complaints, tasks, contacts, life events, tags,
// handover links and referrals belong to the survivor afterwards. Scores and tiers are left to the
// nightly run, which computes them from the moved sales like any other.
class CustomerMerge
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerge)
public:
    CustomerMerge(Database &db, const Clock &clock);

    SuggestionsResult suggestions();
    MergePreview preview(CustomerId survivor, CustomerId absorbed);
    MergeResult merge(CustomerId survivor, CustomerId absorbed);
    // Puts the absorbed customer and every moved row back. Refused when the survivor's filled fields
    // were changed since, when the absorbed customer's phone or till number was given to someone
    // else, or when the points that came with the merge were spent. Rows added to the survivor after
    // the merge stay with the survivor.
    UndoResult undo(qint64 mergeId);
    // Newest first.
    ReadResult<QList<MergeSummary>> recentMerges(int limit = 20);

    // For people: "same name and birthday; earlier phone".
    static QString reasonText(int reasons);
    // "Sales", "Points entries"… for a table of MoveCount.
    static QString tableLabel(const QString &table);
    // The key of the merge record's moved rows that names the referral reward granted for the
    // absorbed customer as the one referred, which the merge gave to the survivor.
    static QString referredRewardKey();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
