#pragma once

#include "core/history_event.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The one-line summary of a history event in the reader's language (the installed translators,
// QLocale()), rendered from the facts the event carries: "Bought 3 pieces for ¥1,280.00",
// "Complaint #4: Received → Acknowledged", "Tier: Silver → Gold". Codes this version does not know
// (a newer version's) are shown as stored rather than dropped.
class HistoryWording
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWording)
public:
    // One line: a handover note's line breaks become spaces and a long note is shortened.
    static QString summary(const HistoryEvent &event);

    // The longest a handover note is quoted, in characters.
    static constexpr int noteExcerpt = 120;

private:
    static QString purchase(const HistoryEvent &event);
    static QString returned(const HistoryEvent &event);
    static QString complaint(const HistoryEvent &event);
    static QString followUp(const HistoryEvent &event);
    static QString contact(const HistoryEvent &event);
    static QString points(const HistoryEvent &event);
    static QString coupon(const HistoryEvent &event);
    static QString campaign(const HistoryEvent &event);
    static QString handover(const HistoryEvent &event);
    static QString referral(const HistoryEvent &event);
    static QString lostSale(const HistoryEvent &event);
    static QString satisfaction(const HistoryEvent &event);
};

} // namespace atelier
