#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// A customer's consents in plain words, the same on the card and in the editor:
// "agreed on 2026-06-15 by 李晓雯", "withdrawn on 2026-07-01 by cli:alice", "not given".
class ConsentText
{
    Q_DECLARE_TR_FUNCTIONS(ConsentText)
public:
    static QString state(bool given, const std::optional<ConsentChange> &change);
    // "Profile: …" and "Marketing: …", one a line.
    static QString summary(const Customer &customer);
};

} // namespace atelier
