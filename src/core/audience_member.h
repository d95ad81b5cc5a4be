#pragma once

#include "core/customer.h"
#include "core/loyalty.h"

#include <QDate>
#include <QString>

namespace atelier {

// What a message to one customer needs: whom to send it to, whether they may get marketing, and
// the values its placeholders are filled with.
struct AudienceMember
{
    CustomerId id = 0;
    QString name;
    QString phone; // digits, unmasked: the SMS platform needs the whole number
    bool mobile = true;
    bool consentsToMarketing = false;
    Tier tier = Tier::None;
    qint64 points = 0;
    QString lastStyle; // style number of the latest purchase line; empty: nothing bought
    QDate lastContact; // the latest follow-up done or bulk SMS (the quiet period's start); invalid: none
};

} // namespace atelier
