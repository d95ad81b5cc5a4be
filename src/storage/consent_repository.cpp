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

int ConsentRepository::clearHeldWithoutConsent(const QDateTime &at)
{
    // birth_month follows the birthday; the address is in no search key.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE customers SET birthday = NULL, birth_month = NULL, birth_year = NULL, "
                       "address = '', updated_at = ? WHERE ")
            + heldWithoutConsentSql(QString()),
        {toStoredText(at)});
    return query.numRowsAffected();
}

} // namespace atelier
