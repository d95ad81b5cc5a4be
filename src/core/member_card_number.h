#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The number on a customer's member card (issue 24): what a clerk types or a scanner sends. 6 to 16
// letters A-Z or digits 0-9, stored upper-cased. What a scanner or a clerk adds around it is dropped
// before it is checked: spaces and dashes ("8800-1234", "AT 1234 5678 2"), and full-width characters
// from a Chinese input method are read as their plain forms ("ＡＴ１２" is "AT12"); a lower-case letter
// is upper-cased. Anything else (a dot, a slash, a Chinese character) is refused.
//
// A number the store generates is "AT", eight digits and a Luhn check digit ("AT123456782"); a number
// of that shape whose check digit does not fit is refused as mistyped. Numbers typed from cards the
// customer already holds may have any other shape.
class MemberCardNumber
{
    Q_DECLARE_TR_FUNCTIONS(MemberCardNumber)
public:
    static constexpr int minLength = 6;
    static constexpr int maxLength = 16;
    static constexpr int serialDigits = 8; // of a generated number, between the prefix and the check digit

    // The typed text without spaces and dashes, full-width forms read plain, letters upper-cased.
    static QString normalised(const QString &typed);
    // Why the normalised number cannot be a card number (for the form, naming the field); empty when it
    // can. An empty number is refused too: callers that allow "no card" test for it first.
    static QString problem(const QString &number);
    // The store's generated number for a serial of up to eight digits: prefix, serial, check digit.
    static QString generated(quint32 serial);
    // True when the number has the generated shape (then its check digit must fit).
    static bool hasGeneratedShape(const QString &number);
    static QString prefix() { return QStringLiteral("AT"); }

private:
    static int luhnDigit(const QString &digits);
};

} // namespace atelier
