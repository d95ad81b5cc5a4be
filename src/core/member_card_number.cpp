#include "core/member_card_number.h"

namespace atelier {

namespace {

bool isDropped(QChar c)
{
    // What scanners and clerks put between groups of a number: spaces (also the ideographic one) and
    // dashes, read after the full-width forms became plain.
    return c == u' ' || c == u'-' || c == u'\t' || c == QChar(0x2010) || c == QChar(0x2011)
        || c == QChar(0x2012) || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212)
        || c == QChar(0x3000);
}

bool isAllowed(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString MemberCardNumber::normalised(const QString &typed)
{
    // NFKC reads the full-width forms of a Chinese input method ("ＡＴ１２") as plain letters and digits.
    const QString plain = typed.normalized(QString::NormalizationForm_KC);
    QString number;
    number.reserve(plain.size());
    for (QChar c : plain) {
        if (isDropped(c))
            continue;
        number.append(c >= u'a' && c <= u'z' ? QChar(c.unicode() - u'a' + u'A') : c);
    }
    return number;
}

QString MemberCardNumber::problem(const QString &number)
{
    if (number.isEmpty())
        return tr("Card number: type the number on the card, 6 to 16 letters or digits.");
    for (QChar c : number) {
        if (!isAllowed(c))
            return tr("Card number: only the letters A-Z and the digits 0-9 can be used, not “%1”.").arg(c);
    }
    if (number.size() < minLength || number.size() > maxLength)
        return tr("Card number: it has %1 letters or digits; a card number has 6 to 16.").arg(number.size());
    if (hasGeneratedShape(number)
        && luhnDigit(number.mid(prefix().size(), serialDigits)) != number.back().digitValue())
        return tr("Card number: %1 is not a number this store gave out; check it for a typo.").arg(number);
    return QString();
}

QString MemberCardNumber::generated(quint32 serial)
{
    const QString digits = QStringLiteral("%1").arg(serial % 100000000u, serialDigits, 10, QLatin1Char('0'));
    return prefix() + digits + QString::number(luhnDigit(digits));
}

bool MemberCardNumber::hasGeneratedShape(const QString &number)
{
    if (number.size() != prefix().size() + serialDigits + 1 || !number.startsWith(prefix()))
        return false;
    for (qsizetype i = prefix().size(); i < number.size(); ++i) {
        if (!number.at(i).isDigit() || number.at(i).unicode() > u'9')
            return false;
    }
    return true;
}

int MemberCardNumber::luhnDigit(const QString &digits)
{
    // Luhn's check digit, as bank cards have: one wrong digit or two neighbours swapped change it.
    int sum = 0;
    bool twice = true; // the rightmost digit of the payload is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

} // namespace atelier
