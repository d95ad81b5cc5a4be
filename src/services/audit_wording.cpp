// The trail in words for the manager's viewer and its CSV: action names, field names and details.
#include "core/display_format.h"
#include "core/export_columns.h"
#include "core/labels.h"
#include "core/money.h"
#include "core/stored_time.h"
#include "services/audit_counter_words.h"
#include "services/audit_staff_words.h"
#include "services/audit_trail.h"
#include "services/coupon_service.h"
#include "services/customer_merge.h"
#include "services/rule_wording.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace atelier {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

// A rulebook's changed settings: "Gold tier from: ¥3,000.00 → ¥5,000.00".
QString ruleChangesText(const QString &rules, const QJsonArray &changes)
{
    QStringList parts;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString key = change.value(QStringLiteral("field")).toString();
        parts << AuditTrail::tr("%1: %2 → %3")
                     .arg(RuleWording::label(rules, key),
                         shown(
                             RuleWording::value(rules, key, change.value(QStringLiteral("old")).toString())),
                         shown(
                             RuleWording::value(rules, key, change.value(QStringLiteral("new")).toString())));
    }
    return DisplayFormat::clauses(parts);
}

QString rulesName(const QString &which)
{
    if (which == QStringLiteral("loyalty"))
        return AuditTrail::tr("Loyalty rules");
    if (which == QStringLiteral("service"))
        return AuditTrail::tr("Service rules");
    if (which == QStringLiteral("templates"))
        return AuditTrail::tr("Message template");
    if (which == QStringLiteral("holidays"))
        return AuditTrail::tr("Holiday calendar");
    return which;
}

// Where an export came from, in words; a code this version does not know stays as stored.
QString exportSourceName(const QString &source)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("AuditTrail", "Customer archive")},
        {QStringLiteral("archive_list"), QT_TRANSLATE_NOOP("AuditTrail", "Customer archive (CSV)")},
        {QStringLiteral("loyalty"), QT_TRANSLATE_NOOP("AuditTrail", "Tiers list")},
        {QStringLiteral("loyalty_list"), QT_TRANSLATE_NOOP("AuditTrail", "Tiers list (CSV)")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("AuditTrail", "Task list")},
        {QStringLiteral("sms"), QT_TRANSLATE_NOOP("AuditTrail", "Bulk SMS list")},
        {QStringLiteral("member_cards"), QT_TRANSLATE_NOOP("AuditTrail", "Member cards (PDF)")},
    };
    const auto found = names.constFind(source);
    return found == names.constEnd() ? source : AuditTrail::tr(found.value());
}

// The column chooser's exports store column codes ("phone"); the viewer shows the header words.
QString columnName(const QString &stored)
{
    for (const ExportSource source : {ExportSource::Archive, ExportSource::Loyalty, ExportSource::Tasks})
        for (const ExportColumn column : ExportColumns::available(source))
            if (ExportColumns::code(column) == stored)
                return ExportColumns::label(column);
    return stored;
}

QString exportText(const QJsonObject &details)
{
    QString text
        = AuditTrail::tr("%1 (%2), %Ln row(s)", nullptr, details.value(QStringLiteral("rows")).toInt())
              .arg(exportSourceName(details.value(QStringLiteral("source")).toString()),
                  details.value(QStringLiteral("file")).toString());
    const QString filter = details.value(QStringLiteral("filter")).toString();
    if (!filter.isEmpty())
        text += AuditTrail::tr("; filter: %1").arg(exportFilterWords(filter));
    QStringList columns;
    for (const QJsonValue &column : details.value(QStringLiteral("columns")).toArray())
        columns << columnName(column.toString());
    if (!columns.isEmpty())
        text += AuditTrail::tr("; columns: %1").arg(DisplayFormat::list(columns));
    return text;
}

// "Merged in 张三 (#12, 13800000000); filled: Email, Address; moved: sales 3, points_ledger 2".
QString mergeText(const QJsonObject &details)
{
    QString text = AuditTrail::tr("Merged in %1 (#%2, %3)")
                       .arg(details.value(QStringLiteral("absorbed_name")).toString())
                       .arg(details.value(QStringLiteral("absorbed")).toInteger())
                       .arg(details.value(QStringLiteral("absorbed_phone")).toString());
    const QString filled = audit_words::changesText(details.value(QStringLiteral("filled")).toArray());
    if (!filled.isEmpty())
        text += AuditTrail::tr("; filled: %1").arg(filled);
    QStringList moved;
    const QJsonObject counts = details.value(QStringLiteral("moved")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        moved << QStringLiteral("%1 %2").arg(CustomerMerge::tableLabel(it.key())).arg(it.value().toInteger());
    if (!moved.isEmpty())
        text += AuditTrail::tr("; moved: %1").arg(DisplayFormat::list(moved));
    return text;
}

QString erasureText(const QString &reason)
{
    if (reason == QStringLiteral("customer_request"))
        return AuditTrail::tr("At the customer's request");
    if (reason == QStringLiteral("consent_withdrawn"))
        return AuditTrail::tr("Consent to the profile withdrawn");
    if (reason == QStringLiteral("other"))
        return AuditTrail::tr("Other reason");
    return reason;
}

QString backupKindName(const QString &kind)
{
    if (kind == QStringLiteral("daily"))
        return AuditTrail::tr("Daily backup");
    if (kind == QStringLiteral("monthly"))
        return AuditTrail::tr("Monthly backup");
    if (kind == QStringLiteral("manual"))
        return AuditTrail::tr("Backup made by hand");
    return kind;
}

QString recomputeText(const QJsonObject &details)
{
    const QString startedBy = details.value(QStringLiteral("started_by")).toString();
    const NightlyRun::StartedBy known = startedByFromCode(startedBy);
    const QString by = toCode(known) == startedBy ? Labels::of(known) : startedBy;
    const QDate asOf = QDate::fromString(details.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    const QLocale locale;
    return AuditTrail::tr("As of %1 (%2): %3 customers, %4 tiers up, %5 down, %6 segment changes, "
                          "%7 points expired, %8 follow-ups planned")
        .arg(DisplayFormat::date(asOf), by,
            locale.toString(details.value(QStringLiteral("customers")).toInt()),
            locale.toString(details.value(QStringLiteral("tier_ups")).toInt()),
            locale.toString(details.value(QStringLiteral("tier_downs")).toInt()),
            locale.toString(details.value(QStringLiteral("segment_changes")).toInt()),
            locale.toString(
                static_cast<qlonglong>(details.value(QStringLiteral("points_expired")).toInteger())),
            locale.toString(details.value(QStringLiteral("tasks")).toInt()));
}

QString stateName(const QString &code)
{
    const std::optional<ComplaintState> state = complaintStateFromCode(code);
    return state ? Labels::of(*state) : code;
}

// "Complaint #12: Received → Acknowledged".
QString complaintText(const QJsonObject &details)
{
    const qint64 id = details.value(QStringLiteral("complaint")).toInteger();
    const QString to = details.value(QStringLiteral("to")).toString();
    if (to == QStringLiteral("caller_linked"))
        return AuditTrail::tr("Complaint #%1: the caller was registered and the complaint is hers").arg(id);
    if (!details.contains(QStringLiteral("from"))) {
        const QString code = details.value(QStringLiteral("channel")).toString();
        const std::optional<ComplaintChannel> channel = complaintChannelFromCode(code);
        return AuditTrail::tr("Complaint #%1 taken down (%2)")
            .arg(id)
            .arg(channel ? Labels::of(*channel) : code);
    }
    QString text = AuditTrail::tr("Complaint #%1: %2 → %3")
                       .arg(id)
                       .arg(stateName(details.value(QStringLiteral("from")).toString()), stateName(to));
    if (details.contains(QStringLiteral("resolution"))) {
        const QString code = details.value(QStringLiteral("resolution")).toString();
        const std::optional<Resolution> resolution = resolutionFromCode(code);
        text += AuditTrail::tr("; offered: %1 %2")
                    .arg(resolution ? Labels::of(*resolution) : code,
                        audit_words::moneyAt(details, QStringLiteral("value_fen")));
    }
    if (details.contains(QStringLiteral("satisfaction")))
        text += AuditTrail::tr("; satisfaction %1 of 5")
                    .arg(details.value(QStringLiteral("satisfaction")).toInt());
    return text;
}

} // namespace

QString audit_words::changesText(const QJsonArray &changes)
{
    QStringList parts;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        parts << AuditTrail::tr("%1: %2 → %3")
                     .arg(AuditTrail::fieldLabel(change.value(QStringLiteral("field")).toString()),
                         shown(change.value(QStringLiteral("old")).toString()),
                         shown(change.value(QStringLiteral("new")).toString()));
    }
    return DisplayFormat::clauses(parts);
}

QString exportFilterWords(const QString &stored)
{
    QStringList parts;
    for (const QString &part : stored.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = part.left(equals);
        const QString value = equals < 0 ? QString() : part.mid(equals + 1);
        QString words;
        if (equals < 0) {
            words = part;
        } else if (key == QStringLiteral("tier")) {
            const Tier tier = tierFromCode(value);
            words = toCode(tier) == value ? AuditTrail::tr("Tier: %1").arg(Labels::of(tier)) : part;
        } else if (key == QStringLiteral("segment")) {
            const StoreSegment segment = segmentFromCode(value);
            words = toCode(segment) == value ? AuditTrail::tr("Segment: %1").arg(Labels::of(segment)) : part;
        } else if (key == QStringLiteral("named_segment")) {
            const NamedSegment named = namedSegmentFromCode(value);
            words = toCode(named) == value ? AuditTrail::tr("RFM segment: %1").arg(Labels::of(named)) : part;
        } else if (key == QStringLiteral("source")) {
            const SourceChannel source = sourceFromCode(value);
            words = toCode(source) == value ? AuditTrail::tr("Source: %1").arg(Labels::of(source)) : part;
        } else if (key == QStringLiteral("size")) {
            words = AuditTrail::tr("Size: %1").arg(value);
        } else if (key == QStringLiteral("birth_month")) {
            bool ok = false;
            const int month = value.toInt(&ok);
            words = ok && month >= 1 && month <= 12
                ? AuditTrail::tr("Birth month: %1").arg(QLocale().standaloneMonthName(month))
                : part;
        } else if (key == QStringLiteral("tag_id")) {
            words = AuditTrail::tr("Tag: #%1").arg(value);
        } else {
            words = part;
        }
        parts << words;
    }
    return DisplayFormat::clauses(parts);
}

QString AuditTrail::actionLabel(AuditAction action)
{
    switch (action) {
    case AuditAction::CustomerCreated:
        return tr("Customer registered");
    case AuditAction::CustomerChanged:
        return tr("Customer changed");
    case AuditAction::CustomerErased:
        return tr("Customer erased");
    case AuditAction::RevealPhone:
        return tr("Full phone number shown");
    case AuditAction::RevealAddress:
        return tr("Full address shown");
    case AuditAction::Export:
        return tr("Export");
    case AuditAction::Login:
        return tr("Login");
    case AuditAction::LoginFailed:
        return tr("Failed login");
    case AuditAction::RulesChanged:
        return tr("Rules changed");
    case AuditAction::MergeCustomers:
        return tr("Customers merged");
    case AuditAction::UndoMerge:
        return tr("Merge undone");
    case AuditAction::Sale:
        return tr("Sale");
    case AuditAction::Return:
        return tr("Return or exchange");
    case AuditAction::Redemption:
        return tr("Points redeemed");
    case AuditAction::PointsAdjusted:
        return tr("Points corrected");
    case AuditAction::AttendantChanged:
        return tr("Attendant changed");
    case AuditAction::Backup:
        return tr("Backup");
    case AuditAction::Restore:
        return tr("Backup restored");
    case AuditAction::Recompute:
        return tr("Nightly run or recompute");
    case AuditAction::ComplaintStep:
        return tr("Complaint step");
    case AuditAction::CouponIssued:
        return tr("Coupon issued");
    case AuditAction::CouponCancelled:
        return tr("Coupon cancelled");
    case AuditAction::CampaignResponse:
        return tr("Campaign answer or attendance");
    case AuditAction::BenefitUsed:
        return tr("Tier benefit used");
    case AuditAction::BenefitsChanged:
        return tr("Tier benefits changed");
    case AuditAction::LostSaleRecorded:
        return tr("Lost sale recorded");
    case AuditAction::LostSalesArrived:
        return tr("Lost sales marked arrived");
    case AuditAction::SatisfactionRecorded:
        return tr("Satisfaction recorded");
    case AuditAction::StaffTargetsSet:
        return tr("Staff targets set");
    case AuditAction::ArchiveChecked:
        return tr("Archive spot-checked");
    case AuditAction::AccountDeactivated:
        return tr("Account deactivated");
    }
    return QString();
}

QString AuditTrail::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("Birth year")},
        {QStringLiteral("wechat_id"), QT_TR_NOOP("WeChat ID")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("size_top"), QT_TR_NOOP("Top size")},
        {QStringLiteral("size_bottom"), QT_TR_NOOP("Bottom size")},
        {QStringLiteral("size_shoe"), QT_TR_NOOP("Shoe size")},
        {QStringLiteral("body_type"), QT_TR_NOOP("Body type")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("work_family"), QT_TR_NOOP("Work and family")},
        {QStringLiteral("personality"), QT_TR_NOOP("Personality")},
        {QStringLiteral("consumption_habits"), QT_TR_NOOP("Buying habits")},
        {QStringLiteral("dress_preferences"), QT_TR_NOOP("Dress preferences")},
        {QStringLiteral("hobbies"), QT_TR_NOOP("Hobbies")},
        {QStringLiteral("lifestyle"), QT_TR_NOOP("Lifestyle")},
        {QStringLiteral("service_style"), QT_TR_NOOP("Service style")},
        {QStringLiteral("preferred_channel"), QT_TR_NOOP("Preferred contact")},
        {QStringLiteral("promotion_receptiveness"), QT_TR_NOOP("Attitude to promotions")},
        {QStringLiteral("personal_values"), QT_TR_NOOP("Values")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("referrer_id"), QT_TR_NOOP("Referred by")},
        {QStringLiteral("stylist_id"), QT_TR_NOOP("Personal stylist")},
        {QStringLiteral("card_no"), QT_TR_NOOP("Member card number")},
        {QStringLiteral("words_zh"), QT_TR_NOOP("Words (Chinese)")},
        {QStringLiteral("day"), QT_TR_NOOP("Date")},
        {QStringLiteral("name_zh"), QT_TR_NOOP("Name (Chinese)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("greet"), QT_TR_NOOP("Greet")},
        {QStringLiteral("words_en"), QT_TR_NOOP("Words (English)")},
        {QStringLiteral("period"), QT_TR_NOOP("How often")},
        {QStringLiteral("coupon"), QT_TR_NOOP("Coupon")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("consent_profile"), QT_TR_NOOP("Consent to profile")},
        {QStringLiteral("consent_marketing"), QT_TR_NOOP("Consent to promotions")},
        {QStringLiteral("consent_date"), QT_TR_NOOP("Consent date")}, // entries written before 013
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("life_events"), QT_TR_NOOP("Life events")},
    };
    const auto found = labels.constFind(field);
    // Rule keys ("tiers.gold_fen") are shown as they are: the rule editors name them the same way.
    return found == labels.constEnd() ? field : tr(found.value());
}

QString AuditTrail::customerText(const AuditEntry &entry)
{
    if (!entry.customerId)
        return QString();
    const QString id = QStringLiteral("#%1").arg(*entry.customerId);
    return entry.customerName.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(entry.customerName, id);
}

QString AuditTrail::describe(const AuditEntry &entry)
{
    const QJsonDocument document = QJsonDocument::fromJson(entry.details.toUtf8());
    switch (entry.action) {
    case AuditAction::CustomerCreated:
    case AuditAction::CustomerChanged:
        return audit_words::changesText(document.array());
    case AuditAction::Export:
        return exportText(document.object());
    case AuditAction::RulesChanged: {
        const QJsonObject details = document.object();
        const QString rules = details.value(QStringLiteral("rules")).toString();
        const QJsonArray changes = details.value(QStringLiteral("changes")).toArray();
        // Templates and holidays name their fields like the archive does ("name", "body", "day").
        const bool named = rules == QStringLiteral("templates") || rules == QStringLiteral("holidays");
        return tr("%1: %2").arg(
            rulesName(rules), named ? audit_words::changesText(changes) : ruleChangesText(rules, changes));
    }
    case AuditAction::LoginFailed:
        return tr("Login name: %1").arg(document.object().value(QStringLiteral("login")).toString());
    case AuditAction::MergeCustomers:
        return mergeText(document.object());
    case AuditAction::UndoMerge: {
        const QJsonObject details = document.object();
        return tr("Merge %1 undone: %2 (#%3) is a customer of their own again")
            .arg(details.value(QStringLiteral("merge")).toInteger())
            .arg(details.value(QStringLiteral("absorbed_name")).toString())
            .arg(details.value(QStringLiteral("absorbed")).toInteger());
    }
    case AuditAction::CustomerErased:
        return erasureText(document.object().value(QStringLiteral("reason")).toString());
    case AuditAction::Sale:
        return audit_words::saleText(document.object());
    case AuditAction::Return:
        return audit_words::returnText(document.object());
    case AuditAction::Redemption: {
        const QJsonObject details = document.object();
        const qint64 points = details.value(QStringLiteral("points")).toInteger();
        return tr("%1 points, worth %2")
            .arg(audit_words::signedPoints(-points),
                audit_words::moneyAt(details, QStringLiteral("value_fen")));
    }
    case AuditAction::PointsAdjusted: {
        const QJsonObject details = document.object();
        return tr("%1 points; reason: %2")
            .arg(audit_words::signedPoints(details.value(QStringLiteral("points")).toInteger()),
                details.value(QStringLiteral("reason")).toString());
    }
    case AuditAction::AttendantChanged:
        return audit_words::attendantText(document.object());
    case AuditAction::Backup: {
        const QJsonObject details = document.object();
        return tr("%1: %2 (%3)")
            .arg(backupKindName(details.value(QStringLiteral("kind")).toString()),
                details.value(QStringLiteral("file")).toString(),
                DisplayFormat::fileSize(details.value(QStringLiteral("bytes")).toInteger()));
    }
    case AuditAction::Restore:
        return tr("Restored from %1").arg(document.object().value(QStringLiteral("file")).toString());
    case AuditAction::Recompute:
        return recomputeText(document.object());
    case AuditAction::ComplaintStep:
        return complaintText(document.object());
    case AuditAction::CouponIssued:
    case AuditAction::CouponCancelled:
        return audit_words::couponText(document.object());
    case AuditAction::CampaignResponse:
        return audit_words::campaignResponseText(document.object());
    case AuditAction::BenefitUsed:
    case AuditAction::BenefitsChanged:
        return audit_words::benefitText(document.object());
    case AuditAction::LostSaleRecorded:
    case AuditAction::LostSalesArrived:
        return audit_words::lostSaleText(document.object());
    case AuditAction::SatisfactionRecorded:
        return audit_words::satisfactionText(document.object());
    case AuditAction::StaffTargetsSet:
        return audit_words::staffTargetsText(document.object());
    case AuditAction::ArchiveChecked:
        return audit_words::archiveCheckText(document.object());
    case AuditAction::AccountDeactivated:
        return audit_words::deactivationText(document.object());
    case AuditAction::RevealPhone:
    case AuditAction::RevealAddress:
    case AuditAction::Login:
        break;
    }
    return QString();
}

} // namespace atelier
