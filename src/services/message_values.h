#pragma once

#include "core/audience_member.h"
#include "core/message_template.h"

namespace atelier {

// The values a template is filled with for one customer, as the counter's message and the bulk-SMS
// export both fill them: the tier in words (a member is "Member", not missing), the points balance
// as digits, the template's coupon text and the latest purchase's style.
MessageValues messageValuesOf(const AudienceMember &member, const MessageTemplate &messageTemplate);

} // namespace atelier
