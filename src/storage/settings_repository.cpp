#include "storage/settings_repository.h"

#include "storage/sql.h"

namespace atelier {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QString> SettingsRepository::value(const QString &key)
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    // Portable upsert: both SQLite (3.24+) and PostgreSQL accept ON CONFLICT … DO UPDATE.
    sql::run(m_db,
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                       "value = excluded.value"),
        {key, value});
}

} // namespace atelier
