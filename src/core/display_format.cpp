#include "core/display_format.h"

#include <QLocale>

namespace atelier::DisplayFormat {

namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString dateTime(const QDateTime &moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString timestamp(const QDateTime &moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString month(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    if (chinese())
        return QStringLiteral("%1年%2月").arg(year).arg(month);
    return QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy"));
}

QString dayInSentence(const QDate &day)
{
    if (!day.isValid())
        return {};
    if (chinese())
        return QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
    return QLocale(QLocale::English).toString(day, QStringLiteral("d MMMM"));
}

QString dayHeading(const QDate &day)
{
    if (!day.isValid())
        return {};
    if (chinese())
        return dayInSentence(day) + u' ' + QLocale(QLocale::Chinese, QLocale::China).dayName(day.dayOfWeek());
    return QLocale(QLocale::English).toString(day, QStringLiteral("dddd d MMMM"));
}

QString amount(Money money)
{
    return money.toDisplayString();
}

QString threshold(Money money)
{
    QString text = money.toDisplayString();
    if (money.fen() % 100 == 0)
        text.chop(3); // ".00"
    return text;
}

QString fileSize(qint64 bytes)
{
    constexpr qint64 kb = 1024;
    constexpr qint64 mb = kb * 1024;
    constexpr qint64 gb = mb * 1024;
    const QLocale locale;
    if (bytes < mb) {
        // Rounded up, as the file manager does: a small file is "1 KB", never "0 KB".
        const qint64 kilobytes = bytes <= 0 ? 0 : (bytes + kb - 1) / kb;
        return QStringLiteral("%1 KB").arg(locale.toString(kilobytes));
    }
    if (bytes < gb)
        return QStringLiteral("%1 MB").arg(locale.toString(double(bytes) / double(mb), 'f', 1));
    return QStringLiteral("%1 GB").arg(locale.toString(double(bytes) / double(gb), 'f', 1));
}

QString list(const QStringList &items)
{
    return items.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString clauses(const QStringList &parts)
{
    return parts.join(chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

} // namespace atelier::DisplayFormat
