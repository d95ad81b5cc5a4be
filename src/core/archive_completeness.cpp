#include "core/archive_completeness.h"

namespace atelier {

namespace {

int filled(const QString &text, int points)
{
    return text.trimmed().isEmpty() ? 0 : points;
}

} // namespace

int ArchiveCompleteness::score(const Customer &c, const Extras &extras)
{
    // Hard facts: 40 points.
    int hard = 0;
    hard += filled(c.name, 5);
    hard += c.phone.isValid() ? 5 : 0;
    hard += c.gender != Gender::Unknown ? 3 : 0;
    hard += (c.birthday || c.birthYear) ? 5 : 0;
    hard += filled(c.wechatId, 4);
    hard += filled(c.address, 2) + filled(c.email, 1) + filled(c.ethnicity, 1);
    hard += filled(c.sizeTop, 3) + filled(c.sizeBottom, 3) + filled(c.sizeShoe, 2);
    hard += c.bodyType != BodyType::Unknown ? 3 : 0;
    hard += filled(c.occupation, 3);

    // Soft facts: 45 points.
    int soft = 0;
    soft += filled(c.workAndFamily, 5) + filled(c.personality, 4) + filled(c.consumptionHabits, 5);
    soft += filled(c.dressPreferences, 6) + filled(c.hobbies, 4) + filled(c.lifestyle, 3);
    soft += filled(c.serviceStyle, 4) + filled(c.values, 2);
    soft += c.preferredChannel != ContactChannel::Unknown ? 4 : 0;
    soft += c.promotionReceptiveness != PromotionReceptiveness::Unknown ? 3 : 0;
    soft += filled(c.notes, 5);

    // Tags and life events: 15 points.
    int profile = 0;
    profile += extras.tagCount >= 3 ? 10 : extras.tagCount * 3;
    profile += extras.lifeEventCount > 0 ? 5 : 0;

    return hard + soft + profile;
}

} // namespace atelier
