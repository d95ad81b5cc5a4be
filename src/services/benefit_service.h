#pragma once

#include <QCoreApplication>
#include <QDate>

namespace atelier {

class Clock;
class Database;

// Tier benefits (issue 22): what each tier promises, as data the manager edits, and their uses at
// the counter. Stub: being written.
class BenefitService
{
    Q_DECLARE_TR_FUNCTIONS(BenefitService)
public:
    BenefitService(Database &db, const Clock &clock);

    // The nightly run's step: the coupons benefits promise (a Silver birthday discount, a Black gift
    // box), each once in its period. Runs inside the nightly transaction; returns how many it issued.
    static int issueNightlyCoupons(Database &db, const Clock &clock, const QDate &asOf, qint64 runId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
