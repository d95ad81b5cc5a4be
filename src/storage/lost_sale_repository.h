#pragma once

#include "core/lost_sale.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// An open wish an arrival matches, with what the task for her needs: who asked, when, who took it
// down (while that member of staff is still active) and how she likes to be contacted.
struct OpenWish
{
    LostSaleId id = 0;
    std::optional<CustomerId> customer;
    QDateTime recordedAt;
    QString size; // the wish's own size ('' when not given)
    std::optional<StaffId> recordedBy; // none: unknown, or no longer active
    QString preferredChannel; // customers.preferred_channel ('' when none or no customer)
};

// lost_sales (migration 022): lost sales and wishes recorded at the counter, the manager's report
// over them, and their arrival. Callers wrap writes in a Transaction; fields come normalised
// (LostSale::normalised, Arrival::normalised).
class LostSaleRepository
{
public:
    explicit LostSaleRepository(QSqlDatabase db);

    // Writes the lost sale and returns its id.
    LostSaleId insert(const LostSale &sale);
    std::optional<LostSale> find(LostSaleId id);

    // The lost sales recorded in [startKey, endKey) (stored-time bounds, ReportPeriod::startKey/endKey),
    // counted by style number (or category when only a category was given), size and reason; only
    // `reason`'s when given. In no particular order (sortLostSaleCounts).
    QList<LostSaleCount> counts(
        const QString &startKey, const QString &endKey, std::optional<LostSaleReason> reason = {});

    // The open wishes `arrival` matches, oldest first: a style number matches the wishes for that
    // style; a category matches those that named only that category; an arrival's size matches the
    // wishes of that size and those without a size, an arrival without a size every wish of it.
    QList<OpenWish> openWishes(const Arrival &arrival);
    // Marks these wishes arrived (only those still open); returns how many changed.
    int markArrived(const QList<LostSaleId> &ids, const QDateTime &at, std::optional<StaffId> by);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
