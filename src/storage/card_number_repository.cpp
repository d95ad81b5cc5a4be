#include "storage/card_number_repository.h"

#include "storage/batch_write.h"
#include "storage/customer_repository.h"
#include "storage/sql.h"

namespace atelier {

CardNumberRepository::CardNumberRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void CardNumberRepository::setAll(const std::vector<std::pair<CustomerId, QString>> &numbers)
{
    BatchWrite set(m_db, QStringLiteral("customers"), QStringLiteral("id, card_no"), BatchWrite::Kind::Update,
        1, QStringLiteral("row_version = row_version + 1"));
    for (const auto &[customer, number] : numbers) {
        set.bind(1, customer);
        if (number.isEmpty())
            set.bindNull(2);
        else
            set.bindUtf8(2, number);
        set.add();
    }
    set.flush();
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
