#pragma once

#include "core/customer_sales.h"
#include "core/loyalty.h"
#include "core/task_plan.h"
#include "storage/points_repository.h"

#include <QDate>

#include <future>
#include <optional>
#include <vector>

namespace atelier {

class Database;

// What the nightly run needs late but does not change before it uses it — the points that may lapse
// tonight and every customer's follow-up facts — read on a second connection to the same file, on
// another thread, while the run writes its scores, tiers and forecasts on its own.
//
// The run holds the write lock from its start, so nobody commits in between and the second
// connection sees exactly the state the run started from: for the ledger, the customers, their tasks
// and contacts, what the run would read itself at that step. Only the facts' segment moves and tiers
// are last night's there; the run replaces them with tonight's (takeSegments here, and
// FollowUpFactsQuery::takeTiers in TaskGenerator). A store that is not a file on
// disk is read on the run's own connection when asked.
class NightlyReadAhead
{
public:
    NightlyReadAhead(Database &db, const QDate &asOf, const StoreSales &sales, bool expiries);
    ~NightlyReadAhead();
    NightlyReadAhead(const NightlyReadAhead &) = delete;
    NightlyReadAhead &operator=(const NightlyReadAhead &) = delete;

    // Each waits for the reading; a failed reading throws its StorageError here.
    std::vector<ExpiryCandidate> expiryCandidates();
    std::vector<CustomerTaskFacts> followUpFacts();

    // Tonight's segment, previous segment and date for every customer scored tonight (sorted by
    // customer), into facts read before the scores were written; the others have none.
    static void takeSegments(
        std::vector<CustomerTaskFacts> &facts, const std::vector<CustomerScore> &tonight);

private:
    struct Reading
    {
        std::vector<ExpiryCandidate> expiries;
        std::vector<CustomerTaskFacts> facts;
    };
    static Reading read(const QSqlDatabase &db, const QDate &asOf, const QDate &contactsFrom,
        const StoreSales &sales, bool expiries);
    Reading &reading();

    Database &m_db;
    QDate m_asOf;
    const StoreSales &m_sales;
    bool m_expiries;
    QDate m_contactsFrom;
    std::future<Reading> m_pending;
    std::optional<Reading> m_reading;
};

} // namespace atelier
