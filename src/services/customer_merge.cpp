#include "services/customer_merge.h"

#include "core/audit.h"
#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/duplicate_query.h"
#include "storage/merge_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

QString tableName(const CustomerTable &table)
{
    return QString::fromLatin1(table.table);
}

bool isReferrals(const CustomerTable &table)
{
    return tableName(table) == QStringLiteral("customers");
}

QStringList tagNames(CustomerRepository &customers, CustomerId id)
{
    QStringList names;
    for (const Tag &tag : customers.tagsOf(id))
        names << tag.name;
    return names;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// One birthday task per customer and year: the nightly run plans 'birthday:<customer>:<year>' once per
// key, so an absorbed customer's task moved over under her own key would stand beside the survivor's
// task, or beside the one the next run plans for the survivor. Where the survivor has that year's
// task, an open one of the absorbed goes (kept in the record for an undo); where she has none, the
// moved task takes her key.
struct BirthdayMerge
{
    QList<qint64> dropped;
    QList<qint64> rekeyed;
};

BirthdayMerge birthdayMerge(MergeRepository &repo, CustomerId survivor, CustomerId absorbed)
{
    QList<int> years;
    for (const BirthdayTask &task : repo.birthdayTasksOf(survivor))
        years << task.year;
    BirthdayMerge merge;
    for (const BirthdayTask &task : repo.birthdayTasksOf(absorbed)) {
        if (!years.contains(task.year))
            merge.rekeyed << task.id;
        else if (task.open)
            merge.dropped << task.id;
    }
    return merge;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CustomerMerge::CustomerMerge(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

SuggestionsResult CustomerMerge::suggestions()
{
    if (const QString refused = Access::refusal(m_db, Permission::MergeCustomers); !refused.isEmpty())
        return {{}, refused};
    try {
        QElapsedTimer timer;
        timer.start();
        SuggestionsResult result;
        const QList<DuplicatePair> pairs = DuplicateQuery(m_db.connection()).pairs();
        CustomerRepository customers(m_db.connection());
        // Name and phone only, each customer read once (a customer may be in several pairs).
        QHash<CustomerId, std::optional<Customer>> known;
        const auto customer = [&](CustomerId id) -> std::optional<Customer> {
            auto it = known.constFind(id);
            if (it != known.constEnd())
                return it.value();
            return known.insert(id, customers.find(id)).value();
        };
        for (const DuplicatePair &pair : pairs) {
            const std::optional<Customer> first = customer(pair.first);
            const std::optional<Customer> second = customer(pair.second);
            if (!first || !second)
                continue;
            result.pairs << DuplicateSuggestion{pair.first, pair.second, pair.reasons, first->name,
                second->name, first->phone.digits(), second->phone.digits()};
        }
        spdlog::info("duplicate suggestions: {} pairs in {} ms", result.pairs.size(), timer.elapsed());
        return result;
    } catch (const StorageError &error) {
        spdlog::error("duplicate suggestions could not be read: {}", error.detail().toStdString());
        return {{}, error.userMessage()};
    }
}

MergePreview CustomerMerge::preview(CustomerId survivor, CustomerId absorbed)
{
    MergePreview preview;
    if (const QString refused = Access::refusal(m_db, Permission::MergeCustomers); !refused.isEmpty()) {
        preview.error = refused;
        return preview;
    }
    if (survivor == absorbed) {
        preview.error = tr("Choose two different customers.");
        return preview;
    }
    try {
        CustomerRepository customers(m_db.connection());
        const std::optional<Customer> kept = customers.find(survivor);
        const std::optional<Customer> gone = customers.find(absorbed);
        if (!kept || !gone) {
            preview.error = tr("One of the two customers no longer exists.");
            return preview;
        }
        preview.survivor = *kept;
        preview.absorbed = *gone;
        preview.merged = MergedRecord::of(*kept, *gone);
        preview.survivorTags = tagNames(customers, survivor);
        preview.absorbedTags = tagNames(customers, absorbed);
        preview.mergedTags = preview.survivorTags;
        for (const QString &tag : std::as_const(preview.absorbedTags)) {
            if (!preview.mergedTags.contains(tag))
                preview.mergedTags << tag;
        }
        MergeRepository repo(m_db.connection());
        for (const CustomerTable &table : MergeRepository::movedTables()) {
            QList<qint64> keys = repo.keysOf(table, absorbed);
            if (isReferrals(table))
                keys.removeAll(survivor); // a referral of the survivor is a field, not a moved row
            if (!keys.isEmpty())
                preview.moves << MoveCount{tableName(table), static_cast<int>(keys.size())};
        }
    } catch (const StorageError &error) {
        spdlog::error("merge preview could not be read: {}", error.detail().toStdString());
        preview.error = error.userMessage();
    }
    return preview;
}

MergeResult CustomerMerge::merge(CustomerId survivorId, CustomerId absorbedId)
{
    MergeResult result;
    if (const QString refused = Access::refusal(m_db, Permission::MergeCustomers); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    if (survivorId == absorbedId) {
        result.error = tr("Choose two different customers.");
        return result;
    }
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        CustomerRepository customers(m_db.connection());
        MergeRepository repo(m_db.connection());
        const std::optional<Customer> survivor = customers.find(survivorId);
        const std::optional<Customer> absorbed = customers.find(absorbedId);
        if (!survivor || !absorbed) {
            result.error = tr("One of the two customers no longer exists.");
            return result;
        }
        MergeRecord record;
        record.survivorId = survivorId;
        record.absorbedId = absorbedId;
        record.absorbedRow = repo.customerRow(absorbedId);
        record.survivorBefore = repo.customerRow(survivorId);

        // Results of the nightly run belong to the absorbed customer's own history: kept for an undo,
        // removed with the customer; the next run scores the survivor with every sale.
        for (const QString &table : MergeRepository::resultTables()) {
            const QJsonArray rows = repo.rowsOf(table, QStringLiteral("customer_id"), absorbedId);
            if (!rows.isEmpty())
                record.removed.insert(table, rows);
        }
        for (const CustomerTable &table : MergeRepository::movedTables()) {
            QList<qint64> keys = repo.keysOf(table, absorbedId);
            if (isReferrals(table))
                keys.removeAll(survivorId);
            const bool tasks = tableName(table) == QStringLiteral("follow_up_tasks");
            const BirthdayMerge birthdays
                = tasks ? birthdayMerge(repo, survivorId, absorbedId) : BirthdayMerge();
            if (!birthdays.dropped.isEmpty()) {
                record.removed.insert(tableName(table),
                    repo.rowsOf(tableName(table), QString::fromLatin1(table.customerColumn), absorbedId,
                        birthdays.dropped, QString::fromLatin1(table.key)));
                for (const qint64 id : birthdays.dropped)
                    keys.removeAll(id);
            }
            if (table.link) {
                const QList<qint64> theirs = repo.keysOf(table, survivorId);
                QList<qint64> both;
                for (const qint64 key : std::as_const(keys)) {
                    if (theirs.contains(key))
                        both << key;
                }
                if (!both.isEmpty()) {
                    record.removed.insert(tableName(table),
                        repo.rowsOf(tableName(table), QString::fromLatin1(table.customerColumn), absorbedId,
                            both, QString::fromLatin1(table.key)));
                    for (const qint64 key : std::as_const(both))
                        keys.removeAll(key);
                }
            }
            if (keys.isEmpty())
                continue;
            repo.move(table, keys, absorbedId, survivorId);
            repo.rekeyBirthdayTasks(birthdays.rekeyed, absorbedId, survivorId);
            record.moved.insert(tableName(table), idArray(keys));
            result.moved << MoveCount{tableName(table), static_cast<int>(keys.size())};
        }

        // The referral reward granted for her as the customer referred (issue 23) stays granted: it
        // becomes the survivor's, whose purchases now include hers; a survivor with a reward of her
        // own keeps hers alone (the other is kept in the record for an undo).
        const QString rewards = QStringLiteral("referral_rewards");
        const QJsonArray reward = repo.rowsOf(rewards, QStringLiteral("referred_id"), absorbedId);
        if (!reward.isEmpty()) {
            if (repo.rowsOf(rewards, QStringLiteral("referred_id"), survivorId).isEmpty()) {
                repo.moveReferralReward(absorbedId, survivorId);
                record.moved.insert(referredRewardKey(), QJsonArray{absorbedId});
            } else {
                record.removed.insert(rewards, reward);
            }
        }

        const MergedRecord merged = MergedRecord::of(*survivor, *absorbed);
        for (const FieldChange &change : merged.filled) {
            record.filled << change.field;
            if (change.field == QStringLiteral("birthday"))
                record.filled << QStringLiteral("birth_month");
        }
        repo.deleteCustomer(absorbedId);
        Customer updated = merged.customer;
        updated.updatedAt = m_clock.now();
        customers.updateWithinTransaction(updated);
        const QJsonValue theirTillNumber = record.absorbedRow.value(QStringLiteral("external_id"));
        if (record.survivorBefore.value(QStringLiteral("external_id")).isNull()
            && !theirTillNumber.isNull()) {
            repo.setCustomerColumns(
                survivorId, QJsonObject{{QStringLiteral("external_id"), theirTillNumber}});
            record.filled << QStringLiteral("external_id");
        }
        record.survivorAfter = repo.customerRow(survivorId);
        record.mergedAt = m_clock.now();
        record.mergedBy = m_db.auditActor().name;
        const qint64 mergeId = repo.insert(record);
        // After the record: the survivor's keys include those of everyone merged into her.
        customers.searchIndex().replaceKeys(
            survivorId, updated.name, updated.phone.digits(), updated.wechatId);

        QJsonObject moved;
        for (const MoveCount &count : std::as_const(result.moved))
            moved.insert(count.table, count.rows);
        QJsonArray filled;
        for (const FieldChange &change : merged.filled)
            filled.append(QJsonObject{{QStringLiteral("field"), change.field},
                {QStringLiteral("old"), change.before}, {QStringLiteral("new"), change.after}});
        AuditEntry entry;
        entry.happenedAt = m_clock.now();
        entry.actor = m_db.auditActor();
        entry.action = AuditAction::MergeCustomers;
        entry.customerId = survivorId;
        entry.details = compact(QJsonObject{{QStringLiteral("merge"), mergeId},
            {QStringLiteral("absorbed"), absorbedId}, {QStringLiteral("absorbed_name"), absorbed->name},
            {QStringLiteral("absorbed_phone"), absorbed->phone.digits()}, {QStringLiteral("filled"), filled},
            {QStringLiteral("moved"), moved}});
        AuditRepository(m_db.connection()).append(entry);
        transaction.commit();
        ChangeNotifier::post(Change::What::Customers, {survivorId, absorbedId});
        result.mergeId = mergeId;
        spdlog::info("merge {}: customer {} into {}", mergeId, absorbedId, survivorId);
    } catch (const StorageError &error) {
        spdlog::error("merge of {} into {} failed: {}", absorbedId, survivorId, error.detail().toStdString());
        result.moved.clear();
        result.error = tr("Nothing was merged: %1").arg(error.userMessage());
    }
    return result;
}

ReadResult<QList<MergeSummary>> CustomerMerge::recentMerges(int limit)
{
    if (const QString refusal = Access::refusal(m_db, Permission::MergeCustomers); !refusal.isEmpty())
        return {std::nullopt, refusal};
    return tryRead<QList<MergeSummary>>("recent merges", [&] {
        QList<MergeSummary> list;
        for (const MergeRecord &r : MergeRepository(m_db.connection()).recent(limit)) {
            list << MergeSummary{r.id, r.mergedAt, r.mergedBy, r.survivorId, r.survivorName, r.absorbedId,
                r.absorbedRow.value(QStringLiteral("name")).toString(),
                r.absorbedRow.value(QStringLiteral("phone")).toString(), r.undoneAt.isValid()};
        }
        return list;
    });
}

QString CustomerMerge::reasonText(int reasons)
{
    QStringList parts;
    if (reasons & static_cast<int>(DuplicateReason::EarlierPhone))
        parts << tr("one's phone was the other's earlier phone");
    if (reasons & static_cast<int>(DuplicateReason::NameAndBirthday))
        parts << tr("same name and birthday");
    if (reasons & static_cast<int>(DuplicateReason::PinyinAndPhoneEnd))
        parts << tr("same name in pinyin and same last 4 digits");
    return parts.join(QStringLiteral("; "));
}

QString CustomerMerge::referredRewardKey()
{
    return QStringLiteral("referral_rewards.referred_id");
}

QString CustomerMerge::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("sales"), QT_TR_NOOP("Sales")},
        {QStringLiteral("points_ledger"), QT_TR_NOOP("Points entries")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaints")},
        {QStringLiteral("coupons"), QT_TR_NOOP("Coupons")},
        {QStringLiteral("follow_up_tasks"), QT_TR_NOOP("Follow-up tasks")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contacts")},
        {QStringLiteral("life_events"), QT_TR_NOOP("Life events")},
        {QStringLiteral("customers"), QT_TR_NOOP("Customers they referred")},
        {QStringLiteral("referral_rewards"), QT_TR_NOOP("Referral rewards")},
        {QStringLiteral("customer_tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("handover_note_customers"), QT_TR_NOOP("Handover notes")},
    };
    const auto found = labels.constFind(table);
    return found == labels.constEnd() ? table : tr(found.value());
}

} // namespace atelier
