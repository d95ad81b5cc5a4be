#include "services/audit_trail.h"

#include "core/staff_goals.h"
#include "core/staff_member.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atelier {

// What the trail keeps of the manager's staff goals (issue 24); services/audit_staff_words.cpp reads it.

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template <typename Number> QJsonValue optionalNumber(const std::optional<Number> &value)
{
    if (!value.has_value())
        return QJsonValue();
    return QJsonValue(qint64(value.value_or(0)));
}

} // namespace

void AuditTrail::recordStaffTargets(
    const AuditActor &actor, const QString &month, const QList<StaffTarget> &targets)
{
    QJsonArray list;
    for (const StaffTarget &target : targets) {
        list << QJsonObject{{QStringLiteral("staff"), target.staff}, {QStringLiteral("name"), target.name},
            {QStringLiteral("sales_fen"), optionalNumber(target.salesFen)},
            {QStringLiteral("new_archives"), optionalNumber(target.newArchives)},
            {QStringLiteral("follow_ups_done"), optionalNumber(target.followUpsDone)}};
    }
    append(actor, AuditAction::StaffTargetsSet, std::nullopt,
        compactJson(QJsonObject{{QStringLiteral("month"), month}, {QStringLiteral("targets"), list}}));
}

void AuditTrail::recordArchiveCheck(const AuditActor &actor, const ArchiveCheck &check)
{
    // The note stays out: it may repeat what is wrong with her facts.
    append(actor, AuditAction::ArchiveChecked, check.customer,
        compactJson(QJsonObject{
            {QStringLiteral("valid"), check.valid}, {QStringLiteral("noted"), !check.note.isEmpty()}}));
}

void AuditTrail::recordDeactivated(const AuditActor &actor, const StaffMember &member, const OpenWork &open,
    const QString &tasksTo, const QString &complaintsTo)
{
    append(actor, AuditAction::AccountDeactivated, std::nullopt,
        compactJson(QJsonObject{{QStringLiteral("staff"), member.id}, {QStringLiteral("name"), member.name},
            {QStringLiteral("tasks"), open.tasks}, {QStringLiteral("tasks_to"), tasksTo},
            {QStringLiteral("complaints"), open.complaints},
            {QStringLiteral("complaints_to"), complaintsTo}}));
}

} // namespace atelier
