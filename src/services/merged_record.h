#pragma once

#include "core/audit.h"
#include "core/customer.h"

#include <QList>
#include <QString>

namespace atelier {

// One line of a merge preview: a field of the archive as each customer has it and as the merged
// record will have it (stored text: digits, codes, YYYY-MM-DD; empty when not known).
struct MergedField
{
    QString field; // the archive's field name, as the audit trail names it ("size_top")
    QString survivorValue;
    QString absorbedValue;
    QString mergedValue;
    bool fromAbsorbed = false; // the survivor had nothing here
};

// The rule of a merge for the archive's fields: the survivor's values win; a field the survivor
// left empty takes the absorbed customer's value. Consent travels as a whole (profile, marketing
// and its date together) and only when the survivor never gave one. A source other than the
// default "walk-in" fills a walk-in survivor. A referral between the two is dropped, not turned
// into a customer referring themselves.
struct MergedRecord
{
    Customer customer; // the survivor as it will be
    QList<FieldChange> filled; // the survivor's fields the merge changes (before → after)
    QList<MergedField> fields; // every field either of the two has, for the preview

    static MergedRecord of(const Customer &survivor, const Customer &absorbed);
};

} // namespace atelier
