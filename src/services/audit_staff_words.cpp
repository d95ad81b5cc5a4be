#include "services/audit_staff_words.h"

#include "core/money.h"
#include "services/audit_trail.h"

#include <QJsonArray>
#include <QStringList>

namespace atelier::audit_words {

namespace {

QString figureText(const QJsonObject &target, const QString &key)
{
    const QJsonValue value = target.value(key);
    if (value.isNull() || value.isUndefined())
        return AuditTrail::tr("none");
    if (key == QStringLiteral("sales_fen"))
        return Money::fromFen(value.toInteger()).toDisplayString();
    return QString::number(value.toInteger());
}

} // namespace

// "2026-05: 王芳: sales ¥30,000.00, new archives 40, follow-ups 25; 李娜: ..."
QString staffTargetsText(const QJsonObject &details)
{
    QStringList clerks;
    for (const QJsonValue &each : details.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject target = each.toObject();
        clerks << AuditTrail::tr("%1: sales %2, new archives %3, follow-ups done %4")
                      .arg(target.value(QStringLiteral("name")).toString(),
                          figureText(target, QStringLiteral("sales_fen")),
                          figureText(target, QStringLiteral("new_archives")),
                          figureText(target, QStringLiteral("follow_ups_done")));
    }
    return AuditTrail::tr("Targets for %1: %2")
        .arg(details.value(QStringLiteral("month")).toString(), clerks.join(QStringLiteral("; ")));
}

QString archiveCheckText(const QJsonObject &details)
{
    const bool valid = details.value(QStringLiteral("valid")).toBool();
    const bool noted = details.value(QStringLiteral("noted")).toBool();
    if (valid)
        return noted ? AuditTrail::tr("Checked: valid (with a note)") : AuditTrail::tr("Checked: valid");
    return noted ? AuditTrail::tr("Checked: not valid (with a note)") : AuditTrail::tr("Checked: not valid");
}

// "李娜 deactivated; 3 open follow-up task(s) to 王芳; 1 open complaint(s) to 王芳"
QString deactivationText(const QJsonObject &details)
{
    QStringList parts{AuditTrail::tr("%1 deactivated").arg(details.value(QStringLiteral("name")).toString())};
    const int tasks = details.value(QStringLiteral("tasks")).toInt();
    if (tasks > 0) {
        const QString to = details.value(QStringLiteral("tasks_to")).toString();
        parts << (to.isEmpty()
                ? AuditTrail::tr("%n open follow-up task(s) to whoever is at the counter", nullptr, tasks)
                : AuditTrail::tr("%n open follow-up task(s) to %1", nullptr, tasks).arg(to));
    }
    const int complaints = details.value(QStringLiteral("complaints")).toInt();
    if (complaints > 0)
        parts << AuditTrail::tr("%n open complaint(s) to %1", nullptr, complaints)
                     .arg(details.value(QStringLiteral("complaints_to")).toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace atelier::audit_words
