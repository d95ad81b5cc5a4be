#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The audit trail's details in words (services/audit_wording.cpp), split by what they describe: here
// what money and the counter did — sales, returns, coupons, tier benefits, event answers, attendants, lost
// sales. Words in AuditTrail's translation context.
namespace atelier::audit_words {

// "Phone: 139… → 138…; Email: — → a@b": a list of changed fields.
QString changesText(const QJsonArray &changes);

// A sum stored in fen under `key`, for people: "¥499.00".
QString moneyAt(const QJsonObject &details, const QString &key);

// Points as a change: "+79", "−49" (a true minus sign, as the receipts print it).
QString signedPoints(qint64 points);

QString couponText(const QJsonObject &details);
QString campaignResponseText(const QJsonObject &details);
QString benefitText(const QJsonObject &details);
QString saleText(const QJsonObject &details);
QString returnText(const QJsonObject &details);
QString attendantText(const QJsonObject &details);
QString lostSaleText(const QJsonObject &details);
QString satisfactionText(const QJsonObject &details);

} // namespace atelier::audit_words
