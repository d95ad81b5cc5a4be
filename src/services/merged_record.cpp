#include "services/merged_record.h"

#include "core/customer_diff.h"

#include <QHash>

namespace atelier {

namespace {

void fill(QString &value, const QString &other)
{
    if (value.trimmed().isEmpty() && !other.trimmed().isEmpty())
        value = other;
}

template <typename Choice> void fillChoice(Choice &value, Choice other, Choice unknown)
{
    if (value == unknown)
        value = other;
}

// Every field a customer has something in, as the trail writes it.
QList<FieldChange> knownFields(const Customer &customer)
{
    Customer blank;
    blank.source = SourceChannel::Other; // so that every source shows, walk-in included
    QList<FieldChange> fields = CustomerDiff::between(blank, customer);
    if (customer.source == SourceChannel::Other)
        fields << FieldChange{QStringLiteral("source"), QString(), toCode(customer.source)};
    return fields;
}

QHash<QString, QString> valueMap(const Customer &customer)
{
    QHash<QString, QString> values;
    for (const FieldChange &field : knownFields(customer))
        values.insert(field.field, field.after);
    return values;
}

} // namespace

MergedRecord MergedRecord::of(const Customer &survivor, const Customer &absorbed)
{
    Customer m = survivor;
    // Consent moves as a whole, with its date and who recorded it, and only to a survivor who was
    // never asked.
    if (!m.consentProfileChange && !m.consentMarketingChange && !m.consentProfile && !m.consentMarketing) {
        m.consentProfile = absorbed.consentProfile;
        m.consentMarketing = absorbed.consentMarketing;
        m.consentProfileChange = absorbed.consentProfileChange;
        m.consentMarketingChange = absorbed.consentMarketingChange;
    }
    fillChoice(m.gender, absorbed.gender, Gender::Unknown);
    fill(m.ethnicity, absorbed.ethnicity);
    // Birthday and address come over only when the merged record has the archive consent (issue 24,
    // docs/privacy.md): a merge is no way round it.
    if (m.consentProfile) {
        if (!m.birthday)
            m.birthday = absorbed.birthday;
        if (!m.birthYear)
            m.birthYear = absorbed.birthYear;
        fill(m.address, absorbed.address);
    }
    fill(m.wechatId, absorbed.wechatId);
    fill(m.email, absorbed.email);
    fill(m.sizeTop, absorbed.sizeTop);
    fill(m.sizeBottom, absorbed.sizeBottom);
    fill(m.sizeShoe, absorbed.sizeShoe);
    fillChoice(m.bodyType, absorbed.bodyType, BodyType::Unknown);
    fill(m.occupation, absorbed.occupation);
    fill(m.workAndFamily, absorbed.workAndFamily);
    fill(m.personality, absorbed.personality);
    fill(m.consumptionHabits, absorbed.consumptionHabits);
    fill(m.dressPreferences, absorbed.dressPreferences);
    fill(m.hobbies, absorbed.hobbies);
    fill(m.lifestyle, absorbed.lifestyle);
    fill(m.serviceStyle, absorbed.serviceStyle);
    fillChoice(m.preferredChannel, absorbed.preferredChannel, ContactChannel::Unknown);
    fillChoice(m.promotionReceptiveness, absorbed.promotionReceptiveness, PromotionReceptiveness::Unknown);
    fill(m.values, absorbed.values);
    fill(m.notes, absorbed.notes);
    // A member card number is unique: the survivor keeps hers, or takes the absorbed customer's, whose
    // row goes before the survivor's is written.
    fill(m.cardNo, absorbed.cardNo);
    fillChoice(m.source, absorbed.source, SourceChannel::WalkIn);
    if (m.referrerId == absorbed.id)
        m.referrerId.reset();
    if (!m.referrerId && absorbed.referrerId != survivor.id)
        m.referrerId = absorbed.referrerId;

    MergedRecord record;
    record.customer = m;
    record.filled = CustomerDiff::between(survivor, m);

    const QHash<QString, QString> mine = valueMap(survivor);
    const QHash<QString, QString> theirs = valueMap(absorbed);
    const QHash<QString, QString> merged = valueMap(m);
    QList<FieldChange> order = knownFields(survivor);
    for (const FieldChange &field : knownFields(absorbed)) {
        if (!mine.contains(field.field))
            order << field;
    }
    QStringList seen;
    for (const FieldChange &field : order) {
        if (seen.contains(field.field))
            continue;
        seen << field.field;
        bool fromAbsorbed = false;
        for (const FieldChange &change : record.filled)
            fromAbsorbed = fromAbsorbed || change.field == field.field;
        record.fields << MergedField{field.field, mine.value(field.field), theirs.value(field.field),
            merged.value(field.field), fromAbsorbed};
    }
    return record;
}

} // namespace atelier
