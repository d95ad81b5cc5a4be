#include "core/stored_time.h"

namespace atelier {

QString toStoredText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QString toStoredText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDateTime timeFromStoredText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QDate dateFromStoredText(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace atelier
