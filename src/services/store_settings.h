#pragma once

#include "core/write_result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

class Database;

// Typed store settings with defaults and validation, kept in the database (backed up with the data).
// Window geometry and the UI language are per-computer preferences and live in QSettings instead.
class StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)
public:
    explicit StoreSettings(Database &db);

    static constexpr int defaultReturnWindowDays = 7;

    QString storeName() const;
    // Each setter refuses a value out of its range with the range in words, and saves nothing then.
    WriteResult setStoreName(const QString &name);

    // Minutes without a key or a click before the counter PC asks for a login again; 0 = never.
    int lockAfterMinutes() const;
    WriteResult setLockAfterMinutes(int minutes);
    static constexpr int defaultLockAfterMinutes = 10;

    int returnWindowDays() const;
    WriteResult setReturnWindowDays(int days);

    // The yearly rate that discounts a customer's expected value of the next 12 months
    // (docs/prediction.md): money next year is worth less than money today. 10 % by default.
    double annualDiscountRate() const;
    WriteResult setAnnualDiscountRate(double rate); // 0 to 0.5

private:
    std::optional<QString> read(const QString &key) const;
    WriteResult write(const QString &key, const QString &value);

    Database &m_db;
};

} // namespace atelier
