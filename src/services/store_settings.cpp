#include "services/store_settings.h"

#include "core/customer_forecast.h"
#include "services/access.h"
#include "services/change_notifier.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"

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

QString StoreSettings::storeName() const
{
    return SettingsRepository(m_db.connection()).value(storeNameKey).value_or(tr("My store"));
}

QString StoreSettings::setStoreName(const QString &name)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return refused;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 60)
        return tr("Store name: between 1 and 60 characters.");
    try {
        SettingsRepository(m_db.connection()).setValue(storeNameKey, trimmed);
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    ChangeNotifier::post(Change::What::Settings);
    return QString();
}

int StoreSettings::lockAfterMinutes() const
{
    bool ok = false;
    const int minutes
        = SettingsRepository(m_db.connection()).value(lockAfterKey).value_or(QString()).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultLockAfterMinutes;
}

QString StoreSettings::setLockAfterMinutes(int minutes)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return refused;
    if (minutes < 0 || minutes > 240)
        return tr("Lock after: between 0 (never) and 240 minutes.");
    try {
        SettingsRepository(m_db.connection()).setValue(lockAfterKey, QString::number(minutes));
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    ChangeNotifier::post(Change::What::Settings);
    return QString();
}

int StoreSettings::returnWindowDays() const
{
    bool ok = false;
    const int days
        = SettingsRepository(m_db.connection()).value(returnWindowKey).value_or(QString()).toInt(&ok);
    return ok && days >= 0 ? days : defaultReturnWindowDays;
}

QString StoreSettings::setReturnWindowDays(int days)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return refused;
    if (days < 0 || days > 365)
        return tr("Return window: between 0 and 365 days.");
    try {
        SettingsRepository(m_db.connection()).setValue(returnWindowKey, QString::number(days));
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    ChangeNotifier::post(Change::What::Settings);
    return QString();
}

double StoreSettings::annualDiscountRate() const
{
    bool ok = false;
    const double rate
        = SettingsRepository(m_db.connection()).value(discountRateKey).value_or(QString()).toDouble(&ok);
    return ok && rate >= 0 && rate <= 0.5 ? rate : PredictionModel::defaultAnnualDiscountRate;
}

QString StoreSettings::setAnnualDiscountRate(double rate)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return refused;
    if (!(rate >= 0 && rate <= 0.5))
        return tr("Discount rate: between 0 % and 50 % a year.");
    try {
        SettingsRepository(m_db.connection()).setValue(discountRateKey, QString::number(rate, 'g', 6));
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    ChangeNotifier::post(Change::What::Settings);
    return QString();
}

} // namespace atelier
