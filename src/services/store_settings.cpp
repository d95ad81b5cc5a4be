#include "services/store_settings.h"

#include "core/customer_forecast.h"
#include "services/access.h"
#include "services/change_notifier.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {
const QString storeNameKey = QStringLiteral("store.name");
const QString returnWindowKey = QStringLiteral("returns.window_days");
const QString lockAfterKey = QStringLiteral("accounts.lock_after_minutes");
const QString discountRateKey = QStringLiteral("prediction.annual_discount_rate");
} // namespace

StoreSettings::StoreSettings(Database &db)
    : m_db(db)
{
}

std::optional<QString> StoreSettings::read(const QString &key) const
{
    // A setting that cannot be read is its default, as if never set: the store keeps working with
    // the values it started with, and the log says why (the settings page shows what is in use).
    try {
        return SettingsRepository(m_db.connection()).value(key);
    } catch (const StorageError &error) {
        spdlog::error("setting {} could not be read, using its default: {}", key.toStdString(),
            error.detail().toStdString());
        return std::nullopt;
    }
}

WriteResult StoreSettings::write(const QString &key, const QString &value)
{
    try {
        SettingsRepository(m_db.connection()).setValue(key, value);
    } catch (const StorageError &error) {
        spdlog::error("setting {} could not be saved: {}", key.toStdString(), error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    ChangeNotifier::post(Change::What::Settings);
    return WriteResult::success();
}

QString StoreSettings::storeName() const
{
    return read(storeNameKey).value_or(tr("My store"));
}

WriteResult StoreSettings::setStoreName(const QString &name)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 60)
        return WriteResult::failure(tr("Store name: between 1 and 60 characters."));
    return write(storeNameKey, trimmed);
}

int StoreSettings::lockAfterMinutes() const
{
    bool ok = false;
    const int minutes = read(lockAfterKey).value_or(QString()).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultLockAfterMinutes;
}

WriteResult StoreSettings::setLockAfterMinutes(int minutes)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (minutes < 0 || minutes > 240)
        return WriteResult::failure(tr("Lock after: between 0 (never) and 240 minutes."));
    return write(lockAfterKey, QString::number(minutes));
}

int StoreSettings::returnWindowDays() const
{
    bool ok = false;
    const int days = read(returnWindowKey).value_or(QString()).toInt(&ok);
    return ok && days >= 0 ? days : defaultReturnWindowDays;
}

WriteResult StoreSettings::setReturnWindowDays(int days)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (days < 0 || days > 365)
        return WriteResult::failure(tr("Return window: between 0 and 365 days."));
    return write(returnWindowKey, QString::number(days));
}

double StoreSettings::annualDiscountRate() const
{
    bool ok = false;
    const double rate = read(discountRateKey).value_or(QString()).toDouble(&ok);
    return ok && rate >= 0 && rate <= 0.5 ? rate : PredictionModel::defaultAnnualDiscountRate;
}

WriteResult StoreSettings::setAnnualDiscountRate(double rate)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (!(rate >= 0 && rate <= 0.5))
        return WriteResult::failure(tr("Discount rate: between 0 % and 50 % a year."));
    return write(discountRateKey, QString::number(rate, 'g', 6));
}

} // namespace atelier
