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
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    // By hand: QDate::toString goes through printf, and the nightly run writes 100 000 dates.
    const char16_t text[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-', char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10), u'-', char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDateTime timeFromStoredText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QDate dateFromStoredText(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

namespace {

// 'YYYY-MM-DD…' in any string of char-like units.
template <typename Text, typename Unit> QDate dayOf(const Text &text, Unit unit)
{
    if (text.size() < 10)
        return {};
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (unit(text, i) - '0');
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

} // namespace

QDate dayOfStoredText(QStringView text)
{
    return dayOf(text, [](QStringView t, int i) { return int(t.at(i).unicode()); });
}

QDate dayOfStoredUtf8(QByteArrayView text)
{
    return dayOf(text, [](QByteArrayView t, int i) { return int(t.at(i)); });
}

} // namespace atelier
