#include "core/history_event.h"
#include "core/history_wording.h"
#include "core/referral.h"

#include <catch2/catch.hpp>

using namespace atelier;

// The ledger keeps a referral reward's reason as a code; the history reads it in words, like the card.
TEST_CASE(
    "A referral reward's points read in words in the history, not as the ledger's code", "[core][history]")
{
    HistoryEvent event;
    event.kind = HistoryKind::Points;
    event.at = QStringLiteral("2026-06-15T00:00:00");
    event.what = QStringLiteral("adjust");
    event.facts = {QStringLiteral("200"), ReferralRules::pointsReason(42)};
    const QString summary = HistoryWording::summary(event);
    CHECK(summary.contains(QStringLiteral("customer #42")));
    CHECK_FALSE(summary.contains(QStringLiteral("referral:")));

    event.facts = {QStringLiteral("-50"), QStringLiteral("damaged hem")};
    CHECK(HistoryWording::summary(event).contains(QStringLiteral("damaged hem")));
}
