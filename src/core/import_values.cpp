#include "core/import_values.h"

#include "core/phone_number.h"

#include <algorithm>

namespace atelier {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Digits only, or nothing.
std::optional<int> number(QStringView text)
{
    if (!allDigits(text) || text.size() > 9)
        return std::nullopt;
    return text.toInt();
}

bool readTime(QStringView text, QTime &time)
{
    if (text.isEmpty()) {
        time = QTime(0, 0);
        return true;
    }
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    const std::optional<int> h = number(parts.at(0));
    const std::optional<int> m = number(parts.at(1));
    const std::optional<int> s = parts.size() == 3 ? number(parts.at(2)) : std::optional<int>(0);
    if (!h || !m || !s)
        return false;
    time = QTime(*h, *m, *s);
    return time.isValid();
}

} // namespace

bool ImportValues::isScientific(QStringView text)
{
    const QStringView t = text.trimmed();
    // Most numbers have no exponent: a plain scan is cheaper than a case-insensitive search.
    if (std::none_of(t.begin(), t.end(), [](QChar c) { return c == u'e' || c == u'E'; }))
        return false;
    const qsizetype e = t.indexOf(u'E', 0, Qt::CaseInsensitive);
    if (e <= 0 || e + 1 >= t.size())
        return false;
    bool digits = false; // the mantissa without its dots is digits only
    for (const QChar c : t.left(e)) {
        if (c == u'.')
            continue;
        if (c < u'0' || c > u'9')
            return false;
        digits = true;
    }
    QStringView exponent = t.mid(e + 1);
    if (exponent.startsWith(u'+') || exponent.startsWith(u'-'))
        exponent = exponent.mid(1);
    return digits && allDigits(exponent);
}

bool ImportValues::money(QStringView text, qint64 &fen, QString &why)
{
    QStringView t = text.trimmed();
    QString cleaned; // only for amounts written with a currency sign or unit
    const bool plain = std::all_of(t.begin(), t.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.' || c == u',' || c == u'-'; });
    if (!plain) {
        cleaned = t.toString();
        for (const QString &sign : {QStringLiteral("RMB"), QStringLiteral("CNY"), QStringLiteral("¥"),
                 QStringLiteral("￥"), QStringLiteral("元"), QStringLiteral("£"), QStringLiteral("$")})
            cleaned.remove(sign, Qt::CaseInsensitive);
        t = QStringView(cleaned).trimmed();
    }
    if (t.isEmpty()) {
        why = tr("The price is empty.");
        return false;
    }
    if (isScientific(t)) {
        why = tr(
            "The price \"%1\" is in scientific notation; format the column as a number and export again.")
                  .arg(text);
        return false;
    }
    const bool negative = t.startsWith(u'-');
    if (negative)
        t = t.mid(1);
    const qsizetype dot = t.indexOf(u'.');
    QStringView whole = dot < 0 ? t : t.left(dot);
    QStringView decimals = dot < 0 ? QStringView() : t.mid(dot + 1);
    // Thousands separators only between groups of three digits: "1,234,567".
    QString grouped;
    if (whole.contains(u',')) {
        const QList<QStringView> groups = whole.split(u',');
        bool ok = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype i = 1; i < groups.size(); ++i)
            ok = ok && groups.at(i).size() == 3;
        if (ok) {
            for (const QStringView group : groups)
                grouped += group;
        }
        whole = grouped; // empty, i.e. refused, when the groups are wrong
    }
    while (decimals.size() > 2 && decimals.endsWith(u'0'))
        decimals.chop(1);
    if (!allDigits(whole) || (!decimals.isEmpty() && !allDigits(decimals)) || whole.size() > 12) {
        why = tr("\"%1\" is not an amount of money.").arg(text);
        return false;
    }
    if (decimals.size() > 2) {
        why = tr("The price \"%1\" has more than two decimals.").arg(text);
        return false;
    }
    int cents = 0;
    if (!decimals.isEmpty())
        cents += (decimals.at(0).unicode() - u'0') * 10;
    if (decimals.size() > 1)
        cents += decimals.at(1).unicode() - u'0';
    fen = whole.toLongLong() * 100 + cents;
    if (negative)
        fen = -fen;
    return true;
}

bool ImportValues::quantity(QStringView text, int &pieces, QString &why)
{
    QStringView t = text.trimmed();
    if (t.isEmpty()) {
        why = tr("The quantity is empty.");
        return false;
    }
    const bool negative = t.startsWith(u'-');
    if (negative || t.startsWith(u'+'))
        t = t.mid(1);
    if (const qsizetype dot = t.indexOf(u'.'); dot >= 0) {
        for (const QChar c : t.mid(dot + 1)) {
            if (c != u'0') {
                why = tr("The quantity \"%1\" is not a whole number of pieces.").arg(text);
                return false;
            }
        }
        t.truncate(dot);
    }
    const std::optional<int> n = number(t);
    if (!n || *n > 1000000) {
        why = tr("\"%1\" is not a quantity.").arg(text);
        return false;
    }
    pieces = negative ? -*n : *n;
    return true;
}

bool ImportValues::dateTime(QStringView text, int offsetSeconds, QDateTime &at, QString &why)
{
    const QStringView t = text.trimmed();
    qsizetype split = t.indexOf(u' ');
    if (split < 0)
        split = t.indexOf(u'T');
    const QStringView datePart = t.left(split < 0 ? t.size() : split);
    const QStringView timePart = split < 0 ? QStringView() : t.mid(split + 1).trimmed();
    const QChar sep = datePart.contains(u'-') ? u'-' : u'/';
    const QList<QStringView> parts = datePart.split(sep);
    QDate date;
    if (parts.size() == 3) {
        const std::optional<int> a = number(parts.at(0));
        const std::optional<int> b = number(parts.at(1));
        const std::optional<int> c = number(parts.at(2));
        if (a && b && c && parts.at(0).size() == 4)
            date = QDate(*a, *b, *c);
        else if (a && b && c && parts.at(2).size() == 4 && sep == u'/')
            date = QDate(*c, *a, *b); // month first
    }
    QTime time;
    if (!date.isValid() || !readTime(timePart, time)) {
        why = tr("\"%1\" is not a date; write 2011-12-09 08:50, 12/9/2011 8:50 or 2011/12/09.").arg(text);
        return false;
    }
    at = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return true;
}

bool ImportValues::phone(QStringView text, QString &digits, QString &why)
{
    if (isScientific(text)) {
        why = tr("The phone \"%1\" is in scientific notation: Excel dropped its last digits. Format the "
                 "column as text in the till's export and export again.")
                  .arg(text);
        return false;
    }
    const PhoneNumber::Parsed parsed = PhoneNumber::parse(text.toString());
    if (!parsed.ok()) {
        why = PhoneNumber::problemText(parsed.problem);
        return false;
    }
    digits = parsed.digits;
    return true;
}

bool ImportValues::externalId(QStringView text, QString &id, QString &why)
{
    if (isScientific(text)) {
        why = tr("The customer number \"%1\" is in scientific notation: Excel dropped its last digits.")
                  .arg(text);
        return false;
    }
    QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0 && allDigits(t.left(dot))) {
        bool zeros = true;
        for (const QChar c : t.mid(dot + 1))
            zeros = zeros && c == u'0';
        if (zeros)
            t.truncate(dot);
    }
    // Refilled in place: no allocation when `id` holds no other copy.
    id.resize(t.size());
    std::copy(t.begin(), t.end(), id.begin());
    return true;
}

} // namespace atelier
