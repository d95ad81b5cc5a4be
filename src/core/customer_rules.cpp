#include "core/customer_rules.h"

#include "core/display_format.h"

#include <QRegularExpression>

namespace atelier {

namespace {

void checkLength(QList<FieldError> &errors, const char *field, QString &text, int limit)
{
    text = text.trimmed();
    if (text.size() > limit) {
        errors.append({QString::fromLatin1(field),
            CustomerRules::tr("Too long: at most %n characters.", nullptr, limit)});
    }
}

// Names are letters (any script), spaces and the marks real names use: 阿依古丽·买买提, O'Neil, Jean-Luc.
bool isNameCharacter(char32_t c)
{
    if (c == U' ' || c == U'·' || c == U'.' || c == U'-' || c == U'\'' || c == U'•')
        return true;
    const auto category = QChar::category(c);
    return QChar::isLetter(c) || category == QChar::Mark_NonSpacing
        || category == QChar::Mark_SpacingCombining;
}

bool isValidName(const QString &name)
{
    for (char32_t c : name.toUcs4()) {
        if (!isNameCharacter(c))
            return false;
    }
    return true;
}

} // namespace

QList<FieldError> CustomerRules::normaliseAndCheck(Customer &c, const QDate &today)
{
    QList<FieldError> errors;

    c.name = c.name.simplified();
    if (c.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the customer's name.")});
    else if (c.name.size() > maxNameLength)
        errors.append(
            {QStringLiteral("name"), tr("A name has at most %n characters.", nullptr, maxNameLength)});
    else if (!isValidName(c.name))
        errors.append({QStringLiteral("name"),
            tr("A name may contain only letters, spaces and the marks · . - ' (no digits, symbols or "
               "emoji).")});

    if (!c.phone.isValid())
        errors.append({QStringLiteral("phone"), PhoneNumber::problemText(PhoneNumber::Problem::Empty)});

    checkLength(errors, "ethnicity", c.ethnicity, maxShortTextLength);
    checkLength(errors, "wechatId", c.wechatId, maxShortTextLength);
    checkLength(errors, "email", c.email, maxShortTextLength);
    checkLength(errors, "address", c.address, maxLongTextLength);
    checkLength(errors, "sizeTop", c.sizeTop, maxShortTextLength);
    checkLength(errors, "sizeBottom", c.sizeBottom, maxShortTextLength);
    checkLength(errors, "sizeShoe", c.sizeShoe, maxShortTextLength);
    checkLength(errors, "occupation", c.occupation, maxShortTextLength);
    checkLength(errors, "workAndFamily", c.workAndFamily, maxLongTextLength);
    checkLength(errors, "personality", c.personality, maxLongTextLength);
    checkLength(errors, "consumptionHabits", c.consumptionHabits, maxLongTextLength);
    checkLength(errors, "dressPreferences", c.dressPreferences, maxLongTextLength);
    checkLength(errors, "hobbies", c.hobbies, maxLongTextLength);
    checkLength(errors, "lifestyle", c.lifestyle, maxLongTextLength);
    checkLength(errors, "serviceStyle", c.serviceStyle, maxLongTextLength);
    checkLength(errors, "values", c.values, maxLongTextLength);
    checkLength(errors, "notes", c.notes, maxLongTextLength);

    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!c.email.isEmpty() && !emailPattern.match(c.email).hasMatch())
        errors.append({QStringLiteral("email"), tr("This does not look like an e-mail address.")});

    if (c.birthday) {
        if (!c.birthday->isValid() || *c.birthday > today || c.birthday->year() < today.year() - 120)
            errors.append({QStringLiteral("birthday"), tr("The birthday must be a real date in the past.")});
    }
    if (c.birthYear && (*c.birthYear > today.year() || *c.birthYear < today.year() - 120))
        errors.append({QStringLiteral("birthYear"), tr("The year of birth is not plausible.")});

    if (c.referrerId && c.id != 0 && *c.referrerId == c.id)
        errors.append(
            {QStringLiteral("referrerId"), tr("Referred by: a customer cannot be her own referrer.")});

    return errors;
}

QList<FieldError> CustomerRules::checkLifeEvents(const QList<LifeEvent> &events, const QDate &today)
{
    QList<FieldError> errors;
    for (const LifeEvent &event : events) {
        if (!event.date.isValid())
            errors.append({QStringLiteral("lifeEvents"), tr("Life events: each event needs a real date.")});
        else if (event.date > today)
            errors.append({QStringLiteral("lifeEvents"),
                tr("Life events: %1 is in the future; record an event once it has happened.")
                    .arg(DisplayFormat::date(event.date))});
    }
    return errors;
}

QList<FieldError> CustomerRules::checkConsent(const Customer &c, const Customer *stored)
{
    QList<FieldError> errors;
    if (c.consentProfile)
        return errors;
    if (c.birthday && !(stored && stored->birthday == c.birthday))
        errors.append({QStringLiteral("birthday"),
            tr("Birthday: kept only when she agrees that we keep birthday, address and preferences "
               "(Source and consent). Tick her consent or leave the birthday out.")});
    if (c.birthYear && !(stored && stored->birthYear == c.birthYear))
        errors.append({QStringLiteral("birthYear"),
            tr("Birth year: kept only when she agrees that we keep birthday, address and preferences "
               "(Source and consent). Tick her consent or leave the year out.")});
    const QString address = c.address.trimmed();
    if (!address.isEmpty() && !(stored && stored->address == address))
        errors.append({QStringLiteral("address"),
            tr("Address: kept only when she agrees that we keep birthday, address and preferences "
               "(Source and consent). Tick her consent or leave the address out.")});
    return errors;
}

bool CustomerRules::heldWithoutConsent(const Customer &c)
{
    return !c.consentProfile && (c.birthday || c.birthYear || !c.address.isEmpty());
}

void CustomerRules::clearConsentFields(Customer &c)
{
    c.birthday.reset();
    c.birthYear.reset();
    c.address.clear();
}

bool CustomerRules::birthdayWithin(const QDate &birthday, const QDate &today, int days)
{
    if (!birthday.isValid() || !today.isValid())
        return false;
    for (int year : {today.year(), today.year() + 1}) {
        QDate next(year, birthday.month(), birthday.day());
        if (!next.isValid()) // 29 February in a common year: celebrate on 28 February
            next = QDate(year, 2, 28);
        const qint64 ahead = today.daysTo(next);
        if (ahead >= 0)
            return ahead <= days;
    }
    return false;
}

} // namespace atelier
