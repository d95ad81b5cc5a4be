#pragma once

#include "services/customer_service.h"

#include <QStringList>

namespace atelier {

// A form whose save was refused because the customer changed elsewhere meanwhile (issue 25), reloaded
// without losing the clerk's typing: the record as it is stored now, with each field she changed in her
// form laid over it again. Fields she left alone show the other counter's values.
struct ReloadedArchive
{
    CustomerArchive archive; // what the form shows now; its version is the stored one
    // Fields both she and the other counter changed, to different values: hers are kept, named so that
    // she can check them (the archive's field names, as AuditTrail::fieldLabel labels them).
    QStringList changedByBoth;

    // `loaded`: what the form was filled with; `typed`: what it holds; `now`: the stored record.
    static ReloadedArchive of(
        const CustomerArchive &loaded, const CustomerArchive &typed, const CustomerArchive &now);
};

} // namespace atelier
