#pragma once

#include "core/audit.h"
#include "core/customer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// What changed in a customer's archive, field by field, with the archive's field names (the
// columns of the customers table: "phone", "size_top", "work_family"…). Values are the stored
// text: digits for the phone, codes for choices, YYYY-MM-DD for dates, "1"/"0" for consents.
// Bookkeeping (id, created/updated times, who registered) is not a change of the archive.
class CustomerDiff
{
public:
    static QList<FieldChange> between(const Customer &before, const Customer &after);
    // A list field (tags, life events) compared as a set; values joined with ", " in sorted order.
    static std::optional<FieldChange> ofList(const QString &field, QStringList before, QStringList after);
};

} // namespace atelier
