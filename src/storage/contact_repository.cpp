#include "storage/contact_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

ContactRepository::ContactRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void ContactRepository::recordSms(
    const QList<CustomerId> &customers, const QDateTime &at, std::optional<StaffId> by)
{
    QSqlQuery insert = sql::prepare(m_db,
        QStringLiteral("INSERT INTO contacts (customer_id, contacted_at, channel, source, staff_id) "
                       "VALUES (?, ?, 'sms', 'sms_export', ?)"));
    const QString when = toStoredText(at);
    for (CustomerId customer : customers) {
        sql::bind(insert, 0, qlonglong(customer));
        sql::bind(insert, 1, when);
        sql::bind(insert, 2, sql::optionalId(by));
        sql::exec(insert);
    }
}

QDateTime ContactRepository::lastOf(CustomerId customer)
{
    return timeFromStoredText(sql::scalar(m_db,
        QStringLiteral("SELECT MAX(contacted_at) FROM contacts WHERE customer_id = ?"), {qlonglong(customer)})
                                  .toString());
}

} // namespace atelier
