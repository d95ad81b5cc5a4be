#include "storage/card_number_repository.h"

#include "storage/customer_repository.h"
#include "storage/sql.h"

namespace atelier {

CardNumberRepository::CardNumberRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void CardNumberRepository::set(CustomerId customer, const QString &cardNo)
{
    if (m_set.lastQuery().isEmpty())
        m_set = sql::prepare(m_db,
            QStringLiteral("UPDATE customers SET card_no = ?, row_version = row_version + 1 WHERE id = ?"));
    sql::bind(m_set, 0, cardNo.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cardNo));
    sql::bind(m_set, 1, qlonglong(customer));
    sql::exec(m_set);
}

int CardNumberRepository::countNumbered()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE card_no IS NOT NULL"))
        .toInt();
}

QList<CustomerId> CardNumberRepository::idsMatching(const ArchiveFilter &filter)
{
    QVariantList values;
    const QString where = CustomerRepository::filterSql(filter, values);
    const QString notErased = QStringLiteral("c.erased_at IS NULL");
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT c.id FROM customers c")
            + (where.isEmpty() ? QStringLiteral(" WHERE ") + notErased
                               : where + QStringLiteral(" AND ") + notErased)
            + QStringLiteral(" ORDER BY c.name_sort, c.id"),
        values);
    QList<CustomerId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace atelier
