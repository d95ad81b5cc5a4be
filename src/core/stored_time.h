#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace atelier {

// How dates and times are written to the database and to files: dates as YYYY-MM-DD, times as
// ISO 8601 with the offset they were recorded in (2026-11-25T18:30:00+08:00), so a record keeps its
// meaning if the machine's time zone changes and sorts correctly as text within one zone.
QString toStoredText(const QDateTime &time);
QString toStoredText(const QDate &date);
QDateTime timeFromStoredText(const QString &text);
QDate dateFromStoredText(const QString &text);
// The day a stored time or date begins with, read digit by digit: for bulk reads of sales, where
// QDate::fromString would be most of the time. Trusts the stored "YYYY-MM-DD" form.
QDate dayOfStoredText(QStringView text);
// The same from the text's UTF-8 bytes (bulk reads take it from SQLite without a copy).
QDate dayOfStoredUtf8(QByteArrayView text);

} // namespace atelier
