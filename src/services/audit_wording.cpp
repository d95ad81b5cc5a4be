// The trail in words for the manager's viewer and its CSV: action names, field names and details.
#include "core/export_columns.h"
#include "services/audit_trail.h"
#include "services/customer_merge.h"
#include "services/rule_wording.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atelier {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString changesText(const QJsonArray &changes)
{
    QStringList parts;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        parts << AuditTrail::tr("%1: %2 → %3")
                     .arg(AuditTrail::fieldLabel(change.value(QStringLiteral("field")).toString()),
                         shown(change.value(QStringLiteral("old")).toString()),
                         shown(change.value(QStringLiteral("new")).toString()));
    }
    return parts.join(QStringLiteral("; "));
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
    return parts.join(QStringLiteral("; "));
}

QString rulesName(const QString &which)
{
    if (which == QStringLiteral("loyalty"))
        return AuditTrail::tr("Loyalty rules");
    if (which == QStringLiteral("service"))
        return AuditTrail::tr("Service rules");
    if (which == QStringLiteral("templates"))
        return AuditTrail::tr("Message template");
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
        text += AuditTrail::tr("; filter: %1").arg(filter);
    QStringList columns;
    for (const QJsonValue &column : details.value(QStringLiteral("columns")).toArray())
        columns << columnName(column.toString());
    if (!columns.isEmpty())
        text += AuditTrail::tr("; columns: %1").arg(columns.join(QStringLiteral(", ")));
    return text;
}

// "Merged in 张三 (#12, 13800000000); filled: Email, Address; moved: sales 3, points_ledger 2".
QString mergeText(const QJsonObject &details)
{
    QString text = AuditTrail::tr("Merged in %1 (#%2, %3)")
                       .arg(details.value(QStringLiteral("absorbed_name")).toString())
                       .arg(details.value(QStringLiteral("absorbed")).toInteger())
                       .arg(details.value(QStringLiteral("absorbed_phone")).toString());
    const QString filled = changesText(details.value(QStringLiteral("filled")).toArray());
    if (!filled.isEmpty())
        text += AuditTrail::tr("; filled: %1").arg(filled);
    QStringList moved;
    const QJsonObject counts = details.value(QStringLiteral("moved")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        moved << QStringLiteral("%1 %2").arg(CustomerMerge::tableLabel(it.key())).arg(it.value().toInteger());
    if (!moved.isEmpty())
        text += AuditTrail::tr("; moved: %1").arg(moved.join(QStringLiteral(", ")));
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

} // namespace

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
        return changesText(document.array());
    case AuditAction::Export:
        return exportText(document.object());
    case AuditAction::RulesChanged: {
        const QJsonObject details = document.object();
        const QString rules = details.value(QStringLiteral("rules")).toString();
        const QJsonArray changes = details.value(QStringLiteral("changes")).toArray();
        // Templates name their fields like the archive does ("name", "body").
        return tr("%1: %2").arg(rulesName(rules),
            rules == QStringLiteral("templates") ? changesText(changes) : ruleChangesText(rules, changes));
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
    case AuditAction::RevealPhone:
    case AuditAction::RevealAddress:
    case AuditAction::Login:
        break;
    }
    return QString();
}

} // namespace atelier
