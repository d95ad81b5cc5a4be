#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atelier {

// A problem with one field of a form, named so the form can point at it.
struct FieldError
{
    QString field; // the Customer member's name, e.g. "name", "phone", "email"
    QString message;
};

// The rules every customer record obeys before it is written, wherever it comes from
// (counter form, archive editor, import). Limits are generous but keep a 500-character
// "name" or a pasted novel out of the archive.
class CustomerRules
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRules)
public:
    static constexpr int maxNameLength = 40;
    static constexpr int maxShortTextLength = 100;
    static constexpr int maxLongTextLength = 2000;

    // Trims text fields in place and returns every problem found (empty = valid).
    static QList<FieldError> normaliseAndCheck(Customer &customer, const QDate &today);

    // The archive's life events: each on a real day, none after today (the anniversary care the
    // nightly run plans counts from it). Problems name the field "lifeEvents".
    static QList<FieldError> checkLifeEvents(const QList<LifeEvent> &events, const QDate &today);

    // Birthday (with its month), year of birth and address are kept only with the archive consent
    // (consentProfile; seed 001: ask for them only if she does not mind; docs/privacy.md). A problem
    // for each of them the customer holds without it that `stored` (her archive as saved; nullptr for
    // a new customer) does not already hold as it is: what was on file before the rule, or when she
    // withdrew under the policy "keep", stays for the manager to see; nothing new is taken without it.
    static QList<FieldError> checkConsent(const Customer &customer, const Customer *stored);
    // Whether any of them is on file without the consent (the manager's flag in the archive list).
    static bool heldWithoutConsent(const Customer &customer);
    // Blanks them (the policy "clear").
    static void clearConsentFields(Customer &customer);

    // True if the date is within `days` days ahead of `today` (its month/day this year or next).
    static bool birthdayWithin(const QDate &birthday, const QDate &today, int days);
};

} // namespace atelier
