#include "core/complaint.h"

#include "core/code_table.h"

namespace atelier {

namespace {

constexpr CodeTable<ComplaintChannel, 4> channels{{
    {ComplaintChannel::InStore, "in_store"},
    {ComplaintChannel::Phone, "phone"},
    {ComplaintChannel::WeChat, "wechat"},
    {ComplaintChannel::Online, "online"},
}};

constexpr CodeTable<ComplaintCategory, 6> categories{{
    {ComplaintCategory::Quality, "quality"},
    {ComplaintCategory::Size, "size"},
    {ComplaintCategory::Service, "service"},
    {ComplaintCategory::Delivery, "delivery"},
    {ComplaintCategory::Price, "price"},
    {ComplaintCategory::Other, "other"},
}};

constexpr CodeTable<ComplaintSeverity, 3> severities{{
    {ComplaintSeverity::Low, "low"},
    {ComplaintSeverity::Medium, "medium"},
    {ComplaintSeverity::High, "high"},
}};

constexpr CodeTable<ComplaintState, 7> states{{
    {ComplaintState::Received, "received"},
    {ComplaintState::Acknowledged, "acknowledged"},
    {ComplaintState::Investigating, "investigating"},
    {ComplaintState::ResolutionOffered, "resolution_offered"},
    {ComplaintState::Resolved, "resolved"},
    {ComplaintState::CalledBack, "called_back"},
    {ComplaintState::Closed, "closed"},
}};

constexpr CodeTable<Resolution, 7> resolutions{{
    {Resolution::None, ""},
    {Resolution::Refund, "refund"},
    {Resolution::Exchange, "exchange"},
    {Resolution::Repair, "repair"},
    {Resolution::Coupon, "coupon"},
    {Resolution::Accessory, "accessory"},
    {Resolution::Other, "other"},
}};

} // namespace

QString callerPhoneShown(const Complaint &complaint, bool fullContact)
{
    if (!complaint.callerPhone.isValid())
        return {};
    return fullContact ? complaint.callerPhone.formatted() : complaint.callerPhone.masked();
}

QString toCode(ComplaintChannel value)
{
    return codeIn(channels, value);
}

QString toCode(ComplaintCategory value)
{
    return codeIn(categories, value);
}

QString toCode(ComplaintSeverity value)
{
    return codeIn(severities, value);
}

QString toCode(ComplaintState value)
{
    return codeIn(states, value);
}

QString toCode(Resolution value)
{
    return codeIn(resolutions, value);
}

std::optional<ComplaintChannel> complaintChannelFromCode(const QString &code)
{
    return valueIn(channels, code);
}

std::optional<ComplaintCategory> complaintCategoryFromCode(const QString &code)
{
    return valueIn(categories, code);
}

std::optional<ComplaintSeverity> complaintSeverityFromCode(const QString &code)
{
    return valueIn(severities, code);
}

std::optional<ComplaintState> complaintStateFromCode(const QString &code)
{
    return valueIn(states, code);
}

std::optional<Resolution> resolutionFromCode(const QString &code)
{
    return valueIn(resolutions, code);
}

} // namespace atelier
