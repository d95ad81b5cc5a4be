#pragma once

#include "core/campaign.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// A campaign in the manager's words, in the UI language: its audience, its offer, its days and the
// figures of its effect, as the Campaigns page shows them and its effect CSV writes them.
class CampaignWording
{
    Q_DECLARE_TR_FUNCTIONS(CampaignWording)
public:
    // "VIP" for `vip`, "Champions" for `champions`: a segment code as `rfm` prints it, named.
    static QString segmentName(const QString &code);
    static QString tierName(Tier tier); // Tier::None: "Member (no tier)"
    // "Segment: VIP or Active; tier: Gold; …", or "everyone who accepts promotions".
    static QString audience(const AudienceFilters &filters);
    // "¥50.00 off a purchase of ¥300.00 or more", "No offer".
    static QString offer(const std::optional<CampaignOffer> &offer);
    // "2026-06-01 – 2026-06-07".
    static QString days(const QDate &first, const QDate &last);

    // The rows of the effect table, for each measure its name and the invited and holdout values.
    struct Measure
    {
        QString name;
        QString invited;
        QString holdout;
    };
    static QList<Measure> measures(const CampaignEffect &effect);
    // "Purchases counted from 2026-06-01 to 2026-06-21 (14 days after the last day)."
    static QString window(const CampaignEffect &effect);

    // The effect as CSV rows: a header, the invited and the holdout group, then the two lifts with
    // their 95 % intervals. Plain numbers (yuan with two decimals, percentages), for a spreadsheet.
    static QStringList csvHeader();
    static QList<QStringList> csvRows(const CampaignEffect &effect);
};

} // namespace atelier
