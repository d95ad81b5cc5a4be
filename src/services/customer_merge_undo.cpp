// CustomerMerge::undo: the exact inverse of a merge, or a refusal that says why not (docs/merge.md).
#include "services/customer_merge.h"

#include "core/audit.h"
#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/merge_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids << id.toInteger();
    return ids;
}

// Why the merge cannot be undone as it stands; empty when it can.
QString conflict(MergeRepository &repo, const MergeRecord &record)
{
    if (record.undoneAt.isValid())
        return CustomerMerge::tr("This merge was undone already.");
    if (!repo.customerExists(record.survivorId))
        return CustomerMerge::tr(
            "The customer who was kept (#%1) no longer exists; undo what removed them first.")
            .arg(record.survivorId);
    if (repo.customerExists(record.absorbedId))
        return CustomerMerge::tr("Customer number #%1 is in use again.").arg(record.absorbedId);
    const QJsonObject now = repo.customerRow(record.survivorId);
    QStringList changed;
    for (const QString &column : record.filled) {
        if (now.value(column) != record.survivorAfter.value(column)
            && column != QStringLiteral("birth_month"))
            changed << AuditTrail::fieldLabel(column);
    }
    if (!changed.isEmpty())
        return CustomerMerge::tr(
            "The kept customer's %1 changed after the merge; undoing would overwrite it.")
            .arg(changed.join(QStringLiteral(", ")));
    const QString phone = record.absorbedRow.value(QStringLiteral("phone")).toString();
    if (repo.customerWith(QStringLiteral("phone"), phone))
        return CustomerMerge::tr("The phone number %1 belongs to another customer now.").arg(phone);
    const QJsonValue tillNumber = record.absorbedRow.value(QStringLiteral("external_id"));
    if (!tillNumber.isNull() && !record.filled.contains(QStringLiteral("external_id"))
        && repo.customerWith(QStringLiteral("external_id"), tillNumber.toString()))
        return CustomerMerge::tr("The till's customer number %1 belongs to another customer now.")
            .arg(tillNumber.toString());
    // Her member card's number came back to nobody (the survivor kept her own): someone may hold it now.
    const QJsonValue cardNo = record.absorbedRow.value(QStringLiteral("card_no"));
    if (!cardNo.isNull() && !record.filled.contains(QStringLiteral("card_no"))
        && repo.customerWith(QStringLiteral("card_no"), cardNo.toString()))
        return CustomerMerge::tr("The member card number %1 belongs to another customer now.")
            .arg(cardNo.toString());
    const qint64 points = repo.pointsOf(idList(record.moved.value(QStringLiteral("points_ledger"))));
    if (repo.pointsBalance(record.survivorId) - points < 0)
        return CustomerMerge::tr(
            "Points that came with the merge have been spent since; the balances cannot be split.");
    return QString();
}

} // namespace

UndoResult CustomerMerge::undo(qint64 mergeId)
{
    UndoResult result;
    if (const QString refused = Access::refusal(m_db, Permission::MergeCustomers); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        MergeRepository repo(m_db.connection());
        const std::optional<MergeRecord> record = repo.find(mergeId);
        if (!record) {
            result.error = tr("This merge is not on record.");
            return result;
        }
        if (const QString why = conflict(repo, *record); !why.isEmpty()) {
            result.error = tr("The merge cannot be undone: %1").arg(why);
            return result;
        }
        const CustomerId survivor = record->survivorId;
        const CustomerId absorbed = record->absorbedId;
        const QString referrer = QStringLiteral("referrer_id");

        // The survivor's filled fields go back first (its till number frees the absorbed's), its
        // referrer last: it may be the absorbed customer, who must exist by then.
        QJsonObject restore;
        for (const QString &column : record->filled) {
            if (column != referrer)
                restore.insert(column, record->survivorBefore.value(column));
        }
        const QString updatedAt = QStringLiteral("updated_at");
        if (repo.customerRow(survivor).value(updatedAt) == record->survivorAfter.value(updatedAt))
            restore.insert(updatedAt, record->survivorBefore.value(updatedAt));
        repo.setCustomerColumns(survivor, restore);
        repo.insertCustomerRow(record->absorbedRow);
        if (record->filled.contains(referrer))
            repo.setCustomerColumns(
                survivor, QJsonObject{{referrer, record->survivorBefore.value(referrer)}});

        for (const CustomerTable &table : MergeRepository::movedTables()) {
            const QList<qint64> keys = idList(record->moved.value(QString::fromLatin1(table.table)));
            if (!keys.isEmpty())
                repo.move(table, keys, survivor, absorbed);
        }
        repo.rekeyBirthdayTasks(
            idList(record->moved.value(QStringLiteral("follow_up_tasks"))), survivor, absorbed);
        if (!record->moved.value(CustomerMerge::referredRewardKey()).toArray().isEmpty())
            repo.moveReferralReward(survivor, absorbed);
        for (auto it = record->removed.begin(); it != record->removed.end(); ++it)
            repo.insertRows(it.key(), it.value().toArray());

        // Marked first: the keys rebuilt below leave out the merges that no longer hold.
        repo.markUndone(mergeId, m_clock.now(), m_db.auditActor().name);
        CustomerRepository customers(m_db.connection());
        customers.markChanged(survivor); // her restored fields: a form open on her must reload
        for (const CustomerId id : {survivor, absorbed}) {
            if (const std::optional<Customer> customer = customers.find(id))
                customers.searchIndex().replaceKeys(
                    id, customer->name, customer->phone.digits(), customer->wechatId);
        }

        AuditEntry entry;
        entry.happenedAt = m_clock.now();
        entry.actor = m_db.auditActor();
        entry.action = AuditAction::UndoMerge;
        entry.customerId = survivor;
        entry.details = QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("merge"), mergeId}, {QStringLiteral("absorbed"), absorbed},
                {QStringLiteral("absorbed_name"), record->absorbedRow.value(QStringLiteral("name"))}})
                                              .toJson(QJsonDocument::Compact));
        AuditRepository(m_db.connection()).append(entry);
        transaction.commit();
        ChangeNotifier::post(Change::What::Customers, {survivor, absorbed});
        spdlog::info("merge {} undone: customer {} back from {}", mergeId, absorbed, survivor);
    } catch (const StorageError &error) {
        spdlog::error("undo of merge {} failed: {}", mergeId, error.detail().toStdString());
        result.error = tr("The merge was not undone: %1").arg(error.userMessage());
    }
    return result;
}

} // namespace atelier
