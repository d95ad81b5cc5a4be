#pragma once

#include "core/loyalty_rules.h"
#include "core/write_result.h"

#include <QString>

namespace atelier {

class Database;

// The loyalty rulebook as kept in the settings table ("loyalty.<field>"), with the brief's
// defaults for anything not set. Saving checks the whole rulebook first: rules that contradict
// each other are refused with a sentence naming the field, and nothing is written.
class LoyaltySettings
{
public:
    explicit LoyaltySettings(Database &db);

    // Unreadable or nonsensical stored values fall back to the defaults (and are logged).
    LoyaltyRules rules() const;
    WriteResult save(const LoyaltyRules &rules);

private:
    Database &m_db;
};

} // namespace atelier
