#pragma once

#include <QDate>
#include <QString>

namespace atelier {

// How contact details read for someone who may not see them whole (docs/privacy.md, "Who sees
// what"): the phone as PhoneNumber::mask has it, and these. Enough to tell two customers apart and
// to greet one on her birthday, not enough to reach her or to know her age.
struct ContactMask
{
    // The first two and the last two characters ("wx****89"); an id of four or fewer, all stars.
    static QString weChat(const QString &id);
    // The month and the day ("06-15"): the day she is greeted on, without the year.
    static QString birthday(const QDate &day);
};

} // namespace atelier
