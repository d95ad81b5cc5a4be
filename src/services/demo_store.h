#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>

namespace atelier {

class Database;

// Fills an empty store with a believable, reproducible history: customers with tags and life
// events, staff, and years of sales with seasonal peaks, returns and exchanges. Used for demos,
// for screenshots and to measure the counter search and exports at full size.
// The same seed and end date give the same store, byte for byte, on every platform.
class DemoStoreGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoStoreGenerator)
public:
    struct Options
    {
        int customers = 1000;
        int years = 3;
        std::uint64_t seed = 1;
        QDate endDate; // the last day with sales; today when not set
    };

    struct Progress
    {
        enum class Phase
        {
            Customers,
            Sales
        };
        Phase phase = Phase::Customers;
        qint64 done = 0;
        qint64 total = 0;
    };

    struct Result
    {
        QString error; // empty on success
        bool refused = false; // the options or the database were not fit for a demo; nothing was written
        qint64 customers = 0;
        qint64 sales = 0;
        qint64 saleLines = 0;
        qint64 returns = 0;
        qint64 exchanges = 0;
        int campaigns = 0;
        int coupons = 0;
        qint64 milliseconds = 0;
        bool ok() const { return error.isEmpty(); }
    };

    using ProgressCallback = std::function<void(const Progress &)>;

    // Refuses a database that already has customers: a real store's data must never be mixed with
    // demo data.
    static Result generate(Database &db, const Options &options, const ProgressCallback &progress = {});
};

} // namespace atelier
