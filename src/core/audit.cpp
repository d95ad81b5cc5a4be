#include "core/audit.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr std::array<std::pair<AuditAction, const char16_t *>, 31> kActions{{
    {AuditAction::CustomerCreated, u"customer_created"},
    {AuditAction::CustomerChanged, u"customer_changed"},
    {AuditAction::CustomerErased, u"customer_erased"},
    {AuditAction::RevealPhone, u"reveal_phone"},
    {AuditAction::RevealAddress, u"reveal_address"},
    {AuditAction::Export, u"export"},
    {AuditAction::Login, u"login"},
    {AuditAction::LoginFailed, u"login_failed"},
    {AuditAction::RulesChanged, u"rules_changed"},
    {AuditAction::MergeCustomers, u"customers_merged"},
    {AuditAction::UndoMerge, u"merge_undone"},
    {AuditAction::Sale, u"sale"},
    {AuditAction::Return, u"return"},
    {AuditAction::Redemption, u"points_redeemed"},
    {AuditAction::PointsAdjusted, u"points_adjusted"},
    {AuditAction::AttendantChanged, u"attendant_changed"},
    {AuditAction::Backup, u"backup"},
    {AuditAction::Restore, u"restore"},
    {AuditAction::Recompute, u"recompute"},
    {AuditAction::ComplaintStep, u"complaint_step"},
    {AuditAction::CouponIssued, u"coupon_issued"},
    {AuditAction::CouponCancelled, u"coupon_cancelled"},
    {AuditAction::CampaignResponse, u"campaign_response"},
    {AuditAction::BenefitUsed, u"benefit_used"},
    {AuditAction::BenefitsChanged, u"benefits_changed"},
    {AuditAction::LostSaleRecorded, u"lost_sale_recorded"},
    {AuditAction::LostSalesArrived, u"lost_sales_arrived"},
    {AuditAction::SatisfactionRecorded, u"satisfaction_recorded"},
    {AuditAction::StaffTargetsSet, u"staff_targets_set"},
    {AuditAction::ArchiveChecked, u"archive_checked"},
    {AuditAction::AccountDeactivated, u"account_deactivated"},
}};

} // namespace

AuditActor AuditActor::staff(StaffId id, const QString &name)
{
    return {Kind::Staff, id, name};
}

AuditActor AuditActor::cli(const QString &osUser)
{
    return {Kind::Cli, std::nullopt, QStringLiteral("cli:") + osUser};
}

AuditActor AuditActor::system(const QString &job)
{
    return {Kind::System, std::nullopt, QStringLiteral("system:") + job};
}

AuditActor AuditActor::unknownClerk()
{
    return {Kind::Staff, std::nullopt, unknownClerkName()};
}

QString AuditActor::label() const
{
    return isUnknownClerk() ? tr("unknown clerk") : name;
}

QString toCode(AuditActor::Kind kind)
{
    switch (kind) {
    case AuditActor::Kind::Staff:
        return QStringLiteral("staff");
    case AuditActor::Kind::Cli:
        return QStringLiteral("cli");
    case AuditActor::Kind::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("staff");
}

AuditActor::Kind auditActorKindFromCode(const QString &code)
{
    if (code == QStringLiteral("cli"))
        return AuditActor::Kind::Cli;
    if (code == QStringLiteral("system"))
        return AuditActor::Kind::System;
    return AuditActor::Kind::Staff;
}

QString toCode(AuditAction action)
{
    for (const auto &[value, code] : kActions) {
        if (value == action)
            return QString::fromUtf16(code);
    }
    return QString();
}

std::optional<AuditAction> auditActionFromCode(const QString &code)
{
    for (const auto &[value, text] : kActions) {
        if (code == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> actions;
    for (const auto &entry : kActions)
        actions << entry.first;
    return actions;
}

} // namespace atelier
