#include "services/message_values.h"

#include "core/labels.h"

namespace atelier {

MessageValues messageValuesOf(const AudienceMember &member, const MessageTemplate &messageTemplate)
{
    MessageValues values;
    values.name = member.name;
    values.tier = Labels::of(member.tier);
    values.points = QString::number(member.points);
    values.coupon = messageTemplate.coupon;
    values.style = member.lastStyle;
    return values;
}

} // namespace atelier
