#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace atelier {

// The days a report covers, both ends included, and the period it is compared with.
struct ReportPeriod
{
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month);
    // "YYYY-MM"; nothing for anything else.
    static std::optional<ReportPeriod> parseMonth(const QString &text);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // A whole calendar month: the previous one is the month before, whatever its length.
    bool isMonth() const;
    int days() const { return int(from.daysTo(to)) + 1; }
    // The calendar month before a month; otherwise the same number of days just before `from`.
    ReportPeriod previous() const;

    // Bounds for comparing stored text: dates and local times with their offset sort as text, so
    // "in the period" is `value >= startKey() AND value < endKey()` (the day after `to`).
    QString startKey() const;
    QString endKey() const;
    // "2026年5月" / "May 2026" for a month, "2026-05-01 – 2026-05-20" otherwise (DisplayFormat).
    QString label() const;

    bool operator==(const ReportPeriod &other) const = default;
};

} // namespace atelier
