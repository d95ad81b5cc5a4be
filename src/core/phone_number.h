#pragma once

#include <QCoreApplication>
#include <QString>

namespace atelier {

// A customer's phone number as the counter knows it: normalised to plain digits, validated as a
// mainland mobile (11 digits, 1[3-9]…) or a landline with its area code (0…, 10–12 digits).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    enum class Kind
    {
        Mobile,
        Landline
    };
    enum class Problem
    {
        None,
        Empty,
        InvalidCharacters,
        WrongLength,
        NotMobilePrefix,
        LandlineTooShort
    };

    struct Parsed
    {
        Problem problem = Problem::Empty;
        // Set only when problem == None.
        QString digits;
        Kind kind = Kind::Mobile;
        bool ok() const { return problem == Problem::None; }
    };

    PhoneNumber() = default;

    // Removes spaces, dashes, dots, brackets and a +86 / 0086 / 86 country prefix; full-width digits
    // count as digits. Everything else (letters, emoji) makes the input invalid.
    static Parsed parse(const QString &input);
    static PhoneNumber fromParsed(const Parsed &parsed);
    // For digits that were validated before they were stored.
    static PhoneNumber fromStoredDigits(const QString &digits);
    // Only the digits, with the same cleaning as parse() but no validation: for search boxes.
    static QString digitsOnly(const QString &input);

    static QString problemText(Problem problem);
    // Spaces, dashes (ASCII and full-width), dots and brackets people put between digits.
    static bool isSeparator(QChar c);

    bool isValid() const { return !m_digits.isEmpty(); }
    Kind kind() const { return m_kind; }
    const QString &digits() const { return m_digits; }
    // 138****5678 for mobiles; 0571****567 style for landlines: area code and last digits stay.
    QString masked() const;
    // 138 0013 8000 / 0571-8888 8888: for people reading it out.
    QString formatted() const;

    static QString mask(const QString &digits);
    // For a match in the middle of the number: only the digits the clerk typed are shown, in place
    // (***5678****), so the list says why it matched without showing more of the number.
    // Falls back to mask() when `typed` is not inside `digits`.
    static QString maskShowing(const QString &digits, const QString &typed);

private:
    QString m_digits;
    Kind m_kind = Kind::Mobile;
};

} // namespace atelier
