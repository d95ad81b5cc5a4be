#include "core/staff_goals.h"

#include <QStringList>

#include <algorithm>

namespace atelier {

QString targetMonth(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

void addPeriodTargets(
    QList<StaffRow> &rows, const ReportPeriod &period, const QMap<QString, QList<StaffTarget>> &months)
{
    // Whole months only: a target of a month says nothing about ten days of it.
    if (!period.isValid() || period.from.day() != 1 || period.to.day() != period.to.daysInMonth())
        return;
    QStringList wanted;
    for (QDate month = period.from; month <= period.to; month = month.addMonths(1))
        wanted << targetMonth(month);
    for (StaffRow &row : rows) {
        std::int64_t sales = 0;
        int archives = 0;
        int followUps = 0;
        bool hasSales = true, hasArchives = true, hasFollowUps = true;
        for (const QString &month : wanted) {
            // Held here: `target` points into it after the loop (value() returns a copy, which a
            // range-for over it alone would free at the loop's end).
            const QList<StaffTarget> monthTargets = months.value(month);
            const StaffTarget *target = nullptr;
            for (const StaffTarget &each : monthTargets)
                if (each.staff == row.staff)
                    target = &each;
            hasSales = hasSales && target && target->salesFen;
            hasArchives = hasArchives && target && target->newArchives;
            hasFollowUps = hasFollowUps && target && target->followUpsDone;
            if (!target)
                break;
            sales += target->salesFen.value_or(0);
            archives += target->newArchives.value_or(0);
            followUps += target->followUpsDone.value_or(0);
        }
        row.targetSalesFen = hasSales ? std::optional<std::int64_t>(sales) : std::nullopt;
        row.targetNewArchives = hasArchives ? std::optional<int>(archives) : std::nullopt;
        row.targetFollowUpsDone = hasFollowUps ? std::optional<int>(followUps) : std::nullopt;
    }
}

QString ArchiveCheck::problem() const
{
    if (note.trimmed().size() > maxNoteLength)
        return ArchiveContest::tr("Note: at most %1 characters.").arg(maxNoteLength);
    return {};
}

void ArchiveContest::rank(QList<ContestRow> &rows)
{
    const auto better = [](const ContestRow &a, const ContestRow &b) {
        if (a.valid != b.valid)
            return a.valid > b.valid;
        // Validities compared as integers (valid × the other's checked), so equal ones tie exactly.
        const std::int64_t left = std::int64_t(a.valid) * b.checked;
        const std::int64_t right = std::int64_t(b.valid) * a.checked;
        if (left != right)
            return left > right;
        return a.averageCompleteness() > b.averageCompleteness();
    };
    std::stable_sort(rows.begin(), rows.end(), [&better](const ContestRow &a, const ContestRow &b) {
        if ((a.checked > 0) != (b.checked > 0))
            return a.checked > 0;
        if (a.checked == 0)
            return a.name < b.name;
        return better(a, b);
    });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ContestRow &row = rows[i];
        if (row.checked == 0) {
            row.rank.reset();
            continue;
        }
        const bool tied = i > 0 && rows[i - 1].checked > 0 && !better(rows[i - 1], row);
        row.rank = tied ? *rows[i - 1].rank : int(i) + 1;
    }
}

} // namespace atelier
