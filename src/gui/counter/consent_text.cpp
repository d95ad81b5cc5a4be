#include "gui/counter/consent_text.h"

#include "core/audit.h"
#include "core/display_format.h"

namespace atelier {

QString ConsentText::state(bool given, const std::optional<ConsentChange> &change)
{
    if (!change)
        return given ? tr("agreed") : tr("not given");
    const QString day = DisplayFormat::date(change->on);
    if (change->by.isEmpty())
        return given ? tr("agreed on %1").arg(day) : tr("withdrawn on %1").arg(day);
    // "unknown clerk" is stored in English, like the trail's name for it.
    const QString by = AuditActor{AuditActor::Kind::Staff, std::nullopt, change->by}.label();
    return given ? tr("agreed on %1 by %2").arg(day, by) : tr("withdrawn on %1 by %2").arg(day, by);
}

QString ConsentText::summary(const Customer &customer)
{
    return tr("Profile: %1").arg(state(customer.consentProfile, customer.consentProfileChange)) + u'\n'
        + tr("Marketing: %1").arg(state(customer.consentMarketing, customer.consentMarketingChange));
}

} // namespace atelier
