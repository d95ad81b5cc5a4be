#include "core/phone_number.h"

namespace atelier {

namespace {

} // namespace

bool PhoneNumber::isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'（' || c == u'）'
        || c == u'－' || c == u'—';
}

namespace {

// Stored "digits" that are no number: an erased customer's marker ("erased:12", core/customer.h).
// Never shown, neither whole nor masked.
bool isMarker(const QString &stored)
{
    return !stored.isEmpty() && !stored.front().isDigit();
}

// Full-width digits (０-９) and ASCII digits become ASCII; anything else yields a null QChar.
QChar asciiDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c;
    if (c >= u'０' && c <= u'９')
        return QChar(u'0' + (c.unicode() - u'０'));
    return QChar();
}

// Area codes of mainland China: 010 and 02x have three digits, all others four.
int areaCodeLength(const QString &digits)
{
    if (digits.startsWith(QStringLiteral("010")) || digits.startsWith(QStringLiteral("02")))
        return 3;
    return 4;
}

QString stripCountryPrefix(const QString &digits, bool hadPlus)
{
    if (hadPlus && digits.startsWith(QStringLiteral("86")))
        return digits.mid(2);
    if (digits.startsWith(QStringLiteral("0086")))
        return digits.mid(4);
    // 86 13800138000: a country code typed without the plus.
    if (digits.size() == 13 && digits.startsWith(QStringLiteral("861")))
        return digits.mid(2);
    return digits;
}

} // namespace

QString PhoneNumber::digitsOnly(const QString &input)
{
    QString digits;
    digits.reserve(input.size());
    for (QChar c : input) {
        const QChar d = asciiDigit(c);
        if (!d.isNull())
            digits.append(d);
    }
    return digits;
}

PhoneNumber::Parsed PhoneNumber::parse(const QString &input)
{
    Parsed result;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return result;

    QString digits;
    bool hadPlus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar d = asciiDigit(c);
        if (!d.isNull()) {
            digits.append(d);
        } else if ((c == u'+' || c == u'＋') && digits.isEmpty() && !hadPlus) {
            hadPlus = true;
        } else if (!isSeparator(c)) {
            result.problem = Problem::InvalidCharacters;
            return result;
        }
    }
    if (digits.isEmpty()) {
        result.problem = Problem::InvalidCharacters;
        return result;
    }
    const QString national = stripCountryPrefix(digits, hadPlus);
    const bool hadCountryCode = national.size() != digits.size();
    digits = national;
    const bool mobileShape = digits.size() == 11 && digits.startsWith(u'1') && digits.at(1) >= u'3';
    // +86 21 1234 5678: written internationally, a landline drops its leading 0; put it back.
    if (hadCountryCode && !mobileShape && !digits.startsWith(u'0'))
        digits.prepend(u'0');
    // 0138 0013 8000: a mobile dialled with the long-distance 0 (only 010 is an area code in 01x).
    if (digits.size() == 12 && digits.startsWith(QStringLiteral("01"))
        && !digits.startsWith(QStringLiteral("010")))
        digits.remove(0, 1);

    if (digits.startsWith(u'1')) {
        if (digits.size() != 11) {
            result.problem = Problem::WrongLength;
            return result;
        }
        if (digits.at(1) < u'3') {
            result.problem = Problem::NotMobilePrefix;
            return result;
        }
        result.problem = Problem::None;
        result.kind = Kind::Mobile;
        result.digits = digits;
        return result;
    }
    // 0086 0086 …: a country code twice, or an international number. No area code starts with 00,
    // and taking one for it would store digits that read back as another number.
    if (digits.startsWith(QStringLiteral("00"))) {
        result.problem = Problem::WrongLength;
        return result;
    }
    if (digits.startsWith(u'0')) {
        // Area code plus a 7- or 8-digit local number.
        const qsizetype local = digits.size() - areaCodeLength(digits);
        if (local < 7) {
            result.problem = Problem::LandlineTooShort;
            return result;
        }
        if (local > 8) {
            result.problem = Problem::WrongLength;
            return result;
        }
        result.problem = Problem::None;
        result.kind = Kind::Landline;
        result.digits = digits;
        return result;
    }
    result.problem = digits.size() == 11 ? Problem::NotMobilePrefix : Problem::WrongLength;
    return result;
}

PhoneNumber PhoneNumber::fromParsed(const Parsed &parsed)
{
    PhoneNumber number;
    if (parsed.ok()) {
        number.m_digits = parsed.digits;
        number.m_kind = parsed.kind;
    }
    return number;
}

PhoneNumber PhoneNumber::fromStoredDigits(const QString &digits)
{
    PhoneNumber number;
    number.m_digits = digits;
    number.m_kind = digits.startsWith(u'0') ? Kind::Landline : Kind::Mobile;
    return number;
}

QString PhoneNumber::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return tr("Enter a phone number.");
    case Problem::InvalidCharacters:
        return tr("A phone number may only contain digits, spaces, dashes and a leading +86.");
    case Problem::WrongLength:
        return tr("A mobile number has 11 digits; a landline is the area code plus 7 or 8 digits.");
    case Problem::NotMobilePrefix:
        return tr("A mobile number starts with 13 to 19.");
    case Problem::LandlineTooShort:
        return tr("A landline needs its area code, e.g. 0571-88888888.");
    }
    return QString();
}

QString PhoneNumber::mask(const QString &digits)
{
    if (isMarker(digits))
        return QStringLiteral("—");
    if (digits.size() < 7)
        return QString(digits.size(), u'*');
    const qsizetype head = digits.startsWith(u'0') ? areaCodeLength(digits) : 3;
    const qsizetype tail = 4;
    return digits.left(head) + QString(digits.size() - head - tail, u'*') + digits.right(tail);
}

QString PhoneNumber::maskShowing(const QString &digits, const QString &typed)
{
    const qsizetype at = typed.isEmpty() || isMarker(digits) ? -1 : digits.indexOf(typed);
    if (at < 0)
        return mask(digits);
    QString shown(digits.size(), u'*');
    shown.replace(at, typed.size(), typed);
    return shown;
}

QString PhoneNumber::masked() const
{
    return mask(m_digits);
}

QString PhoneNumber::formatted() const
{
    if (isMarker(m_digits))
        return QStringLiteral("—");
    if (m_kind == Kind::Mobile && m_digits.size() == 11)
        return m_digits.left(3) + u' ' + m_digits.mid(3, 4) + u' ' + m_digits.right(4);
    const qsizetype area = areaCodeLength(m_digits);
    return m_digits.left(area) + u'-' + m_digits.mid(area);
}

} // namespace atelier
