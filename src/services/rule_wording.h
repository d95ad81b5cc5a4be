#pragma once

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The rulebooks' setting keys and values in words, for the audit trail's viewer: a manager reads
// "Gold tier from: ¥3,000.00 → ¥5,000.00", not "tiers.gold: 300000 → 500000". A key this version
// does not know is shown as stored.
class RuleWording
{
    Q_DECLARE_TR_FUNCTIONS(RuleWording)
public:
    // `rules`: "loyalty" or "service", as the trail stores it.
    static QString label(const QString &rules, const QString &key);
    static QString value(const QString &rules, const QString &key, const QString &stored);
};

} // namespace atelier
