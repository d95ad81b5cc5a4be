#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace atelier {

// Birthday, year of birth and address on file without the archive consent (issue 24,
// docs/privacy.md): the condition behind the manager's flag and filter in the archive list, and the
// nightly clearing of them under the store's policy "clear".
class ConsentRepository
{
public:
    explicit ConsentRepository(QSqlDatabase db);

    // A condition over the customers table, its columns named with `prefix` ("c." or none): true
    // when her birthday, year of birth or address is on file and she has not given her archive
    // consent. An erased customer has none of them.
    static QString heldWithoutConsentSql(const QString &prefix);
    // Every such customer, by id.
    QList<qint64> heldWithoutConsent();
    // Blanks them for every such customer (updated at `at`); returns how many customers.
    int clearHeldWithoutConsent(const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
