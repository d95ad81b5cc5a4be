#include "storage/consent_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

ConsentRepository::ConsentRepository(QSqlDatabase db)
    : m_db(db)
{
}

QString ConsentRepository::heldWithoutConsentSql(const QString &prefix)
{
    return QStringLiteral("(%1consent_profile = 0 AND (%1birthday IS NOT NULL OR %1birth_year IS NOT NULL "
                          "OR %1address <> ''))")
        .arg(prefix);
}

QList<qint64> ConsentRepository::heldWithoutConsent()
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT id FROM customers WHERE ") + heldWithoutConsentSql(QString()));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

int ConsentRepository::clearHeldWithoutConsent(const QDateTime &at)
{
    // birth_month follows the birthday; the address is in no search key.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE customers SET birthday = NULL, birth_month = NULL, birth_year = NULL, "
                       "address = '', updated_at = ?, row_version = row_version + 1 WHERE ")
            + heldWithoutConsentSql(QString()),
        {toStoredText(at)});
    return query.numRowsAffected();
}

} // namespace atelier
