#include "services/lost_sales.h"

#include "core/clock.h"
#include "core/follow_up.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/lost_sale_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// The channel she prefers, phone when she has none (or prefers a visit: "it's in" is news to send).
TaskChannel channelFor(const QString &preferred)
{
    const std::optional<TaskChannel> channel = taskChannelFromCode(preferred);
    return channel && *channel != TaskChannel::Visit ? *channel : TaskChannel::Phone;
}

// Each customer's first matching wish, in the order they first asked (wishes come oldest first).
QList<OpenWish> firstWishPerCustomer(const QList<OpenWish> &wishes)
{
    QList<OpenWish> first;
    QSet<CustomerId> seen;
    for (const OpenWish &wish : wishes) {
        if (!wish.customer || seen.contains(*wish.customer))
            continue;
        seen.insert(*wish.customer);
        first << wish;
    }
    return first;
}

} // namespace

LostSales::LostSales(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString LostSales::taskKey(LostSaleId firstWish)
{
    return QStringLiteral("arrival:%1").arg(firstWish);
}

LostSaleResult LostSales::record(const LostSale &draft)
{
    LostSaleResult result;
    if (const QString refused = Access::refusal(m_db, Permission::ServeCustomers); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    if (const std::optional<LostSale::Problem> problem = draft.check()) {
        result.field = problem->field;
        result.message = problem->message;
        return result;
    }
    LostSale sale = draft.normalised();
    sale.id = 0;
    sale.recordedAt = m_clock.now();
    sale.recordedBy = m_db.auditActor().staffId;
    sale.arrivedAt = QDateTime();
    sale.arrivedBy.reset();
    try {
        Transaction transaction(m_db.connection());
        sale.id = LostSaleRepository(m_db.connection()).insert(sale);
        AuditTrail(m_db, m_clock).recordLostSale(m_db.auditActor(), sale);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("lost sale could not be recorded: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    spdlog::info("lost sale {} recorded ({})", sale.id, lostSaleReasonCode(sale.reason).toStdString());
    ChangeNotifier::post(Change::What::LostSales, {sale.id},
        sale.customer ? QList<CustomerId>{*sale.customer} : QList<CustomerId>());
    result.sale = sale;
    return result;
}

ReadResult<QList<LostSaleCount>> LostSales::report(
    const ReportPeriod &period, std::optional<LostSaleReason> reason)
{
    if (const QString refused = Access::refusal(m_db, Permission::SeeOtherClerksReports); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<QList<LostSaleCount>>("lost sales report", [&] {
        QList<LostSaleCount> rows
            = LostSaleRepository(m_db.connection()).counts(period.startKey(), period.endKey(), reason);
        sortLostSaleCounts(rows);
        return rows;
    });
}

ReadResult<ArrivalPreview> LostSales::preview(const Arrival &arrival)
{
    if (const QString refused = Access::refusal(m_db, Permission::MarkArrivals); !refused.isEmpty())
        return {std::nullopt, refused};
    if (!arrival.isValid())
        return {ArrivalPreview{}, {}};
    return tryRead<ArrivalPreview>("arrival preview", [&] {
        const QList<OpenWish> wishes = LostSaleRepository(m_db.connection()).openWishes(arrival.normalised());
        return ArrivalPreview{int(wishes.size()), int(firstWishPerCustomer(wishes).size())};
    });
}

ArrivalResult LostSales::markArrived(const Arrival &draft)
{
    ArrivalResult result;
    if (const QString refused = Access::refusal(m_db, Permission::MarkArrivals); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    if (!draft.isValid()) {
        result.message = tr("What arrived: give a style number, or a category.");
        return result;
    }
    const Arrival arrival = draft.normalised();
    const QDateTime now = m_clock.now();
    const AuditActor actor = m_db.auditActor();
    QList<LostSaleId> ids;
    QList<CustomerId> customers;
    try {
        // Read, decide and write under the write lock: a second window marking the same arrival
        // waits, then finds the wishes closed and plans nothing.
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        LostSaleRepository lostSales(m_db.connection());
        const QList<OpenWish> wishes = lostSales.openWishes(arrival);
        std::vector<FollowUpTask> tasks;
        for (const OpenWish &wish : firstWishPerCustomer(wishes)) {
            FollowUpTask task;
            task.customer = *wish.customer;
            task.dueOn = now.date();
            task.channel = channelFor(wish.preferredChannel);
            task.purpose = TaskPurpose::Arrival;
            task.assignee = wish.recordedBy;
            task.setNote(StoredWords::arrival(
                arrival.wanted(), arrival.size.isEmpty() ? wish.size : arrival.size, wish.recordedAt.date()));
            task.generatedKey = taskKey(wish.id);
            task.createdAt = now;
            task.createdBy = actor.staffId;
            tasks.push_back(task);
            customers << task.customer;
        }
        for (const OpenWish &wish : wishes)
            ids << wish.id;
        result.wishes = lostSales.markArrived(ids, now, actor.staffId);
        result.tasks = tasks.empty() ? 0 : FollowUpRepository(m_db.connection()).insertGenerated(tasks);
        if (result.wishes > 0)
            AuditTrail(m_db, m_clock).recordLostSalesArrived(actor, arrival, result.wishes, result.tasks);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("arrival could not be marked: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    result.done = true;
    spdlog::info("arrival marked: {} wishes, {} tasks", result.wishes, result.tasks);
    if (result.wishes > 0)
        ChangeNotifier::post(Change::What::LostSales, ids, customers);
    if (result.tasks > 0)
        ChangeNotifier::post(Change::What::Tasks, {}, customers);
    return result;
}

} // namespace atelier
