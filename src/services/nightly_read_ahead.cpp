#include "services/nightly_read_ahead.h"

#include "services/service_settings.h"
#include "storage/database.h"
#include "storage/follow_up_facts_query.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

NightlyReadAhead::NightlyReadAhead(Database &db, const QDate &asOf, const StoreSales &sales, bool expiries)
    : m_db(db)
    , m_asOf(asOf)
    , m_sales(sales)
    , m_expiries(expiries)
    // The VIP cap's window, from the settings as the run found them (nothing changes them meanwhile).
    , m_contactsFrom(asOf.addDays(1 - ServiceSettings(db).rules().vipContactDays))
{
    const QString path = db.path();
    if (path.isEmpty() || path.startsWith(u':'))
        return; // read on the run's connection when asked
    const QDate contactsFrom = m_contactsFrom;
    m_pending = std::async(std::launch::async, [path, asOf, contactsFrom, &sales, expiries] {
        QElapsedTimer timer;
        timer.start();
        // Its own connection, opened and closed on this thread (connections must not cross threads).
        Database side;
        if (!side.open(path))
            throw StorageError(StorageError::Kind::Other, side.errorString());
        Reading reading = read(side.connection(), asOf, contactsFrom, sales, expiries);
        spdlog::info("nightly read-ahead: {} ms", timer.elapsed());
        return reading;
    });
}

// Waits for a reading still under way: it uses the run's sales.
NightlyReadAhead::~NightlyReadAhead()
{
    if (m_pending.valid())
        m_pending.wait();
}

NightlyReadAhead::Reading NightlyReadAhead::read(const QSqlDatabase &db, const QDate &asOf,
    const QDate &contactsFrom, const StoreSales &sales, bool expiries)
{
    Reading reading;
    if (expiries)
        reading.expiries = PointsRepository(db).expiryCandidates(asOf);
    reading.facts = FollowUpFactsQuery::run(db, sales, contactsFrom);
    return reading;
}

NightlyReadAhead::Reading &NightlyReadAhead::reading()
{
    if (!m_reading)
        m_reading = m_pending.valid() ? m_pending.get()
                                      : read(m_db.connection(), m_asOf, m_contactsFrom, m_sales, m_expiries);
    return *m_reading;
}

std::vector<ExpiryCandidate> NightlyReadAhead::expiryCandidates()
{
    return std::move(reading().expiries);
}

std::vector<CustomerTaskFacts> NightlyReadAhead::followUpFacts()
{
    return std::move(reading().facts);
}

void NightlyReadAhead::takeSegments(
    std::vector<CustomerTaskFacts> &facts, const std::vector<CustomerScore> &tonight)
{
    auto scored = tonight.begin();
    for (CustomerTaskFacts &customer : facts) {
        while (scored != tonight.end() && scored->customer < customer.customer)
            ++scored;
        const bool found = scored != tonight.end() && scored->customer == customer.customer;
        customer.segment = found ? scored->segment : StoreSegment::None;
        customer.previousSegment = found ? scored->previousSegment : StoreSegment::None;
        customer.segmentSince = found ? scored->segmentSince : QDate();
    }
}

} // namespace atelier
