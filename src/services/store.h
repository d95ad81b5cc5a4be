#pragma once

#include "core/clock.h"

#include <QString>

#include <memory>

namespace atelier {

class ArchiveService;
class CounterSearch;
class CustomerService;
class Database;
class LoyaltyReport;
class LoyaltyService;
class PointsService;
class SaleService;
class StoreSettings;

// The store's data and its use cases on one connection: what the GUI and the CLI hold.
// A worker thread opens its own Store (or Database) on the same file.
class Store
{
public:
    // The clock must outlive the store; tests pass a FixedClock.
    explicit Store(const Clock *clock = nullptr);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path);
    QString errorString() const;
    QString path() const;

    Database &database() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    CounterSearch &counterSearch() { return *m_search; }
    CustomerService &customers() { return *m_customers; }
    SaleService &sales() { return *m_sales; }
    PointsService &points() { return *m_points; }
    ArchiveService &archive() { return *m_archive; }
    StoreSettings &settings() { return *m_settings; }
    LoyaltyService &loyalty() { return *m_loyalty; }
    LoyaltyReport &loyaltyReport() { return *m_loyaltyReport; }

private:
    SystemClock m_systemClock;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CounterSearch> m_search;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<ArchiveService> m_archive;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<LoyaltyService> m_loyalty;
    std::unique_ptr<LoyaltyReport> m_loyaltyReport;
};

} // namespace atelier
