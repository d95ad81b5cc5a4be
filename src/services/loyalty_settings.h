#pragma once

#include "core/loyalty_rules.h"
#include "core/rfm.h"
#include "core/write_result.h"

#include <QDate>
#include <QString>

#include <optional>

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

    // Potential's automatic spend band as the last nightly run measured it, with that run's as-of
    // date (shown beside the setting); nothing before the first run. Written by the nightly run inside
    // its transaction; both throw StorageError like the repositories.
    struct MeasuredBand
    {
        std::optional<SpendBand> band; // none: nobody had bought within the Active recency
        QDate asOf;
    };
    std::optional<MeasuredBand> automaticBand() const;
    void storeAutomaticBand(const std::optional<SpendBand> &band, const QDate &asOf);

    // Whether a nightly run has already said that Dormant changed meaning (issue 21); the run that
    // says it records it in its own transaction, so that later runs do not repeat it.
    bool dormantNoticeGiven() const;
    void recordDormantNotice(const QDate &asOf);

private:
    Database &m_db;
};

} // namespace atelier
