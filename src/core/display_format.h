#pragma once

#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace atelier {

// The one way each kind of value is written on screen and on paper: dates, months, days in a
// sentence, money, file sizes and lists. Everything follows the UI language, which the app sets as
// the default QLocale (Chinese or English); widgets and reports call these rather than QLocale or
// QDate::toString so that one kind never appears in two forms (tests/core/display_format_test.cpp
// also fails when a page formats a date, an amount or a size by itself).
namespace DisplayFormat {

// "2026-06-15", in both languages: tables, lists and "since …" facts. Empty for an invalid date.
QString date(const QDate &day);
// "2026-06-15 10:00": a moment, in the same form as date() with the time of day.
QString dateTime(const QDateTime &moment);
// "2026-06-15 10:00:05": the audit trail's moment, to the second.
QString timestamp(const QDateTime &moment);
// "2026年5月" / "May 2026".
QString month(int year, int month);
// "6月12日" / "12 June": a day inside a sentence, when the year goes without saying.
QString dayInSentence(const QDate &day);
// "6月18日 星期四" / "Thursday 18 June": a day's heading, under a month that names the year.
QString dayHeading(const QDate &day);

// "¥4,919.00": an amount paid, spent or owed.
QString amount(Money money);
// "¥5,000": a threshold or a rough estimate, in whole yuan (fen are kept when a threshold has them).
QString threshold(Money money);

// "420 KB", "1.2 MB", "2.5 GB" (1 KB = 1024 bytes, as the file manager says; never KiB).
QString fileSize(qint64 bytes);

// "法式、通勤、棉麻" / "French, office, linen": a list inside a sentence or a cell.
QString list(const QStringList &items);
// "姓名：张 → 李；电话：…" / "Name: a → b; Phone: …": clauses of one detail, joined with ；or "; ".
QString clauses(const QStringList &parts);

} // namespace DisplayFormat

} // namespace atelier
