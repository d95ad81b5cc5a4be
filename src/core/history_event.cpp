#include "core/history_event.h"

#include "core/code_table.h"

namespace atelier {

namespace {

constexpr CodeTable<HistoryKind, 16> kindCodes{{
    {HistoryKind::Purchase, "purchase"},
    {HistoryKind::Return, "return"},
    {HistoryKind::Exchange, "exchange"},
    {HistoryKind::Complaint, "complaint"},
    {HistoryKind::FollowUp, "follow_up"},
    {HistoryKind::Contact, "contact"},
    {HistoryKind::Points, "points"},
    {HistoryKind::Tier, "tier"},
    {HistoryKind::Segment, "segment"},
    {HistoryKind::Coupon, "coupon"},
    {HistoryKind::Campaign, "campaign"},
    {HistoryKind::Handover, "handover"},
    {HistoryKind::Edit, "edit"},
    {HistoryKind::Referral, "referral"},
    {HistoryKind::LostSale, "lost_sale"},
    {HistoryKind::Satisfaction, "satisfaction"},
}};

} // namespace

QString toCode(HistoryKind kind)
{
    return codeIn(kindCodes, kind);
}

std::optional<HistoryKind> historyKindFromCode(const QString &code)
{
    return valueIn(kindCodes, code);
}

QList<HistoryKind> allHistoryKinds()
{
    QList<HistoryKind> kinds;
    for (const auto &[kind, code] : kindCodes)
        kinds << kind;
    return kinds;
}

QString HistoryKindLabels::of(HistoryKind kind)
{
    switch (kind) {
    case HistoryKind::Purchase:
        return tr("Purchase");
    case HistoryKind::Return:
        return tr("Return");
    case HistoryKind::Exchange:
        return tr("Exchange");
    case HistoryKind::Complaint:
        return tr("Complaint");
    case HistoryKind::FollowUp:
        return tr("Follow-up");
    case HistoryKind::Contact:
        return tr("Message");
    case HistoryKind::Points:
        return tr("Points");
    case HistoryKind::Tier:
        return tr("Tier");
    case HistoryKind::Segment:
        return tr("Segment");
    case HistoryKind::Coupon:
        return tr("Coupon");
    case HistoryKind::Campaign:
        return tr("Campaign");
    case HistoryKind::Handover:
        return tr("Handover note");
    case HistoryKind::Edit:
        return tr("Archive edit");
    case HistoryKind::Referral:
        return tr("Referral");
    case HistoryKind::LostSale:
        return tr("Lost sale");
    case HistoryKind::Satisfaction:
        return tr("Satisfaction");
    }
    return QString();
}

} // namespace atelier
