#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// Store-wide settings kept in the database so that they are backed up with the data.
// Typed access with defaults and validation lives in services/store_settings.h.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);
    std::optional<QString> value(const QString &key);
    void setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
