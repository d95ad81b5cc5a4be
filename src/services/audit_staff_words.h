#pragma once

#include <QJsonObject>
#include <QString>

// The audit trail's details in words for the manager's staff goals (issue 24): targets set, archives
// spot-checked, accounts deactivated with their open work handed over. Words in AuditTrail's
// translation context.
namespace atelier::audit_words {

QString staffTargetsText(const QJsonObject &details);
QString archiveCheckText(const QJsonObject &details);
QString deactivationText(const QJsonObject &details);

} // namespace atelier::audit_words
