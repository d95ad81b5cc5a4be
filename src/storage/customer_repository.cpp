#include "storage/customer_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/consent_repository.h"
#include "storage/dialect.h"
#include "storage/inserted_id.h"
#include "storage/keyset_order.h"
#include "storage/sql.h"
#include "storage/storage_error.h"

#include <QStringList>

namespace atelier {

namespace {

// Column order shared by INSERT, UPDATE and SELECT of a whole customer.
const QStringList customerColumns{QStringLiteral("name"), QStringLiteral("phone"),
    QStringLiteral("phone_kind"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
    QStringLiteral("birthday"), QStringLiteral("birth_month"), QStringLiteral("birth_year"),
    QStringLiteral("wechat_id"), QStringLiteral("email"), QStringLiteral("address"),
    QStringLiteral("size_top"), QStringLiteral("size_bottom"), QStringLiteral("size_shoe"),
    QStringLiteral("body_type"), QStringLiteral("occupation"), QStringLiteral("work_family"),
    QStringLiteral("personality"), QStringLiteral("consumption_habits"), QStringLiteral("dress_preferences"),
    QStringLiteral("hobbies"), QStringLiteral("lifestyle"), QStringLiteral("service_style"),
    QStringLiteral("preferred_channel"), QStringLiteral("promotion_receptiveness"),
    QStringLiteral("personal_values"), QStringLiteral("notes"), QStringLiteral("source"),
    QStringLiteral("referrer_id"), QStringLiteral("stylist_id"), QStringLiteral("consent_profile"),
    QStringLiteral("consent_marketing"), QStringLiteral("consent_profile_on"),
    QStringLiteral("consent_profile_by"), QStringLiteral("consent_marketing_on"),
    QStringLiteral("consent_marketing_by"), QStringLiteral("erased_at"), QStringLiteral("created_by"),
    QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("card_no"),
    QStringLiteral("name_sort")};

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant changeDate(const std::optional<ConsentChange> &change)
{
    return change ? QVariant(toStoredText(change->on)) : nullText();
}

QString changeBy(const std::optional<ConsentChange> &change)
{
    return change ? change->by : QString();
}

std::optional<ConsentChange> readChange(const QVariant &on, const QVariant &by)
{
    if (on.isNull())
        return std::nullopt;
    return ConsentChange{dateFromStoredText(on.toString()), by.toString()};
}

QVariantList valuesOf(const Customer &c, const QString &nameSort)
{
    return {c.name, c.phone.digits(),
        c.phone.kind() == PhoneNumber::Kind::Landline ? QStringLiteral("landline") : QStringLiteral("mobile"),
        toCode(c.gender), c.ethnicity, c.birthday ? QVariant(toStoredText(*c.birthday)) : nullText(),
        c.birthday ? QVariant(c.birthday->month()) : nullInt(),
        c.birthYear ? QVariant(*c.birthYear) : nullInt(), c.wechatId, c.email, c.address, c.sizeTop,
        c.sizeBottom, c.sizeShoe, toCode(c.bodyType), c.occupation, c.workAndFamily, c.personality,
        c.consumptionHabits, c.dressPreferences, c.hobbies, c.lifestyle, c.serviceStyle,
        toCode(c.preferredChannel), toCode(c.promotionReceptiveness), c.values, c.notes, toCode(c.source),
        c.referrerId ? QVariant(qlonglong(*c.referrerId)) : nullInt(),
        c.stylistId ? QVariant(qlonglong(*c.stylistId)) : nullInt(), c.consentProfile ? 1 : 0,
        c.consentMarketing ? 1 : 0, changeDate(c.consentProfileChange), changeBy(c.consentProfileChange),
        changeDate(c.consentMarketingChange), changeBy(c.consentMarketingChange),
        c.erasedAt ? QVariant(toStoredText(*c.erasedAt)) : nullText(),
        c.createdBy ? QVariant(qlonglong(*c.createdBy)) : nullInt(), toStoredText(c.createdAt),
        toStoredText(c.updatedAt), c.cardNo.isEmpty() ? nullText() : QVariant(c.cardNo), nameSort};
}

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.phone = PhoneNumber::fromStoredDigits(q.value(i++).toString());
    ++i; // phone_kind is derived from the digits
    c.gender = genderFromCode(q.value(i++).toString());
    c.ethnicity = q.value(i++).toString();
    if (const QVariant v = q.value(i++); !v.isNull())
        c.birthday = dateFromStoredText(v.toString());
    ++i; // birth_month is derived from birthday
    if (const QVariant v = q.value(i++); !v.isNull())
        c.birthYear = v.toInt();
    c.wechatId = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.address = q.value(i++).toString();
    c.sizeTop = q.value(i++).toString();
    c.sizeBottom = q.value(i++).toString();
    c.sizeShoe = q.value(i++).toString();
    c.bodyType = bodyTypeFromCode(q.value(i++).toString());
    c.occupation = q.value(i++).toString();
    c.workAndFamily = q.value(i++).toString();
    c.personality = q.value(i++).toString();
    c.consumptionHabits = q.value(i++).toString();
    c.dressPreferences = q.value(i++).toString();
    c.hobbies = q.value(i++).toString();
    c.lifestyle = q.value(i++).toString();
    c.serviceStyle = q.value(i++).toString();
    c.preferredChannel = contactChannelFromCode(q.value(i++).toString());
    c.promotionReceptiveness = receptivenessFromCode(q.value(i++).toString());
    c.values = q.value(i++).toString();
    c.notes = q.value(i++).toString();
    c.source = sourceFromCode(q.value(i++).toString());
    if (const QVariant v = q.value(i++); !v.isNull())
        c.referrerId = v.toLongLong();
    if (const QVariant v = q.value(i++); !v.isNull())
        c.stylistId = v.toLongLong();
    c.consentProfile = q.value(i++).toInt() != 0;
    c.consentMarketing = q.value(i++).toInt() != 0;
    c.consentProfileChange = readChange(q.value(i), q.value(i + 1));
    i += 2;
    c.consentMarketingChange = readChange(q.value(i), q.value(i + 1));
    i += 2;
    if (const QVariant v = q.value(i++); !v.isNull())
        c.erasedAt = timeFromStoredText(v.toString());
    if (const QVariant v = q.value(i++); !v.isNull())
        c.createdBy = v.toLongLong();
    c.createdAt = timeFromStoredText(q.value(i++).toString());
    c.updatedAt = timeFromStoredText(q.value(i++).toString());
    c.cardNo = q.value(i++).toString(); // NULL: no card
    ++i; // name_sort is derived from the name
    c.rowVersion = q.value(i++).toLongLong();
    return c;
}

// The WHERE clause of the archive list; only fixed fragments, every value bound.
QString whereClause(const ArchiveFilter &f, QVariantList &values)
{
    QStringList parts;
    if (f.tagId) {
        parts << QStringLiteral(
            "EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.tag_id = ?)");
        values << qlonglong(*f.tagId);
    }
    if (!f.size.isEmpty()) {
        parts << QStringLiteral("(c.size_top = ? OR c.size_bottom = ? OR c.size_shoe = ?)");
        values << f.size << f.size << f.size;
    }
    if (f.source) {
        parts << QStringLiteral("c.source = ?");
        values << toCode(*f.source);
    }
    if (f.birthMonth) {
        parts << QStringLiteral("c.birth_month = ?");
        values << *f.birthMonth;
    }
    if (f.withoutConsent)
        parts << ConsentRepository::heldWithoutConsentSql(QStringLiteral("c."));
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// The archive's order: the sort column, then the id (every column has an index, and SQLite's indexes
// end with the id). Only the birth month can be NULL (no birthday): those customers come first
// ascending and last descending, as SQLite always showed them.
KeysetOrder archiveOrder(ArchiveSort sort, Qt::SortOrder order)
{
    QString column;
    switch (sort) {
    case ArchiveSort::Name:
        column = QStringLiteral("c.name_sort"); // pinyin order, as a Chinese manager expects
        break;
    case ArchiveSort::Phone:
        column = QStringLiteral("c.phone");
        break;
    case ArchiveSort::CreatedAt:
        column = QStringLiteral("c.created_at");
        break;
    case ArchiveSort::BirthMonth:
        return KeysetOrder(QStringLiteral("c.birth_month"), order, QStringLiteral("c.id"), order,
            KeysetOrder::Nulls::Possible);
    case ArchiveSort::Source:
        column = QStringLiteral("c.source");
        break;
    }
    return KeysetOrder(column, order, QStringLiteral("c.id"), order);
}

// The tags joined by the backend's own aggregate (storage/dialect.h), in the order they were made.
QString archiveColumns(Backend backend)
{
    return QStringLiteral(
        "SELECT c.id, c.name, c.phone, c.gender, c.birthday, c.size_top, c.size_bottom, c.size_shoe, "
        "c.body_type, c.source, c.wechat_id, "
        "(SELECT %1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id), "
        "c.created_at, CASE WHEN %2 THEN 1 ELSE 0 END")
        .arg(dialect::stringAgg(
                 backend, QStringLiteral("t.name"), QStringLiteral("', '"), QStringLiteral("ct.tag_id")),
            ConsentRepository::heldWithoutConsentSql(QStringLiteral("c.")));
}
const QString archiveFrom = QStringLiteral(" FROM customers c");
constexpr int archiveSortColumn = 14; // the sort key, selected after the row's 14 columns

ArchiveRow readArchiveRow(const QSqlQuery &q)
{
    ArchiveRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.phoneDigits = q.value(2).toString();
    row.gender = genderFromCode(q.value(3).toString());
    if (!q.value(4).isNull())
        row.birthday = dateFromStoredText(q.value(4).toString());
    row.sizeTop = q.value(5).toString();
    row.sizeBottom = q.value(6).toString();
    row.sizeShoe = q.value(7).toString();
    row.bodyType = bodyTypeFromCode(q.value(8).toString());
    row.source = sourceFromCode(q.value(9).toString());
    row.wechatId = q.value(10).toString();
    row.tags = q.value(11).toString();
    row.createdAt = timeFromStoredText(q.value(12).toString());
    row.heldWithoutConsent = q.value(13).toInt() == 1;
    return row;
}

} // namespace

QStringList CustomerRepository::columns()
{
    return customerColumns;
}

QVariantList CustomerRepository::values(const Customer &customer, const CustomerKeys &keys)
{
    return valuesOf(customer, keys.nameSort);
}

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(db)
    , m_search(db)
{
}

CustomerId CustomerRepository::insert(const Customer &customer)
{
    if (m_insert.lastQuery().isEmpty()) {
        const QString placeholders = QStringLiteral("?, ").repeated(customerColumns.size() - 1) + u'?';
        m_insert = sql::prepare(m_db,
            QStringLiteral("INSERT INTO customers (%1) VALUES (%2) RETURNING id")
                .arg(customerColumns.join(u", "), placeholders));
    }
    const CustomerKeys keys = keysForCustomer(customer.name, customer.phone.digits(), customer.wechatId);
    const QVariantList values = CustomerRepository::values(customer, keys);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(m_insert, i, values.at(i));
    sql::exec(m_insert);
    const CustomerId id = sql::insertedId(m_insert);
    m_search.replaceKeys(id, keys.search);
    return id;
}

bool CustomerRepository::update(const Customer &customer)
{
    QStringList assignments;
    for (const QString &column : customerColumns) {
        if (column != QStringLiteral("created_at") && column != QStringLiteral("created_by"))
            assignments << column + QStringLiteral(" = ?");
    }
    const CustomerKeys keys = keysForCustomer(customer.name, customer.phone.digits(), customer.wechatId);
    QVariantList values = CustomerRepository::values(customer, keys);
    values.removeAt(customerColumns.indexOf(QStringLiteral("created_at")));
    values.removeAt(customerColumns.indexOf(QStringLiteral("created_by")));
    values << qlonglong(customer.id) << customer.rowVersion;
    // The version in the WHERE clause, not read and compared before: two counters' writes to one row are
    // serialised by the database, and only the first finds the version it read.
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "UPDATE customers SET %1, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
            .arg(assignments.join(QStringLiteral(", "))),
        values);
    if (query.numRowsAffected() != 1)
        return false;
    m_search.replaceKeys(customer.id, keys.search);
    return true;
}

void CustomerRepository::updateWithinTransaction(const Customer &customer)
{
    if (!update(customer))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("customer %1 was changed by another connection during this write")
                .arg(customer.id));
}

void CustomerRepository::markChanged(CustomerId id)
{
    sql::run(m_db, QStringLiteral("UPDATE customers SET row_version = row_version + 1 WHERE id = ?"),
        {qlonglong(id)});
}

void CustomerRepository::rebuildNameSortKeys()
{
    QSqlQuery customers = sql::run(m_db, QStringLiteral("SELECT id, name FROM customers"));
    QSqlQuery update = sql::prepare(m_db, QStringLiteral("UPDATE customers SET name_sort = ? WHERE id = ?"));
    while (customers.next()) {
        const QString name = customers.value(1).toString();
        sql::bind(update, 0, keysForCustomer(name, QString(), QString()).nameSort);
        sql::bind(update, 1, customers.value(0));
        sql::exec(update);
    }
}

std::optional<Customer> CustomerRepository::find(CustomerId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, %1, row_version FROM customers WHERE id = ?")
            .arg(customerColumns.join(QStringLiteral(", "))),
        {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readCustomer(query);
}

void CustomerRepository::forEachRegistered(const QString &fromKey, const QString &toKey,
    const std::function<void(const Customer &, const ArchiveCompleteness::Extras &)> &visit)
{
    const int counts = int(customerColumns.size()) + 2;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT c.id, %1, c.row_version, "
                       "(SELECT COUNT(*) FROM customer_tags t WHERE t.customer_id = c.id), "
                       "(SELECT COUNT(*) FROM life_events e WHERE e.customer_id = c.id) "
                       "FROM customers c "
                       "WHERE c.created_at >= ? AND c.created_at < ? AND c.created_by IS NOT NULL")
            .arg(QStringLiteral("c.") + customerColumns.join(QStringLiteral(", c."))),
        {fromKey, toKey});
    while (query.next())
        visit(readCustomer(query), {query.value(counts).toInt(), query.value(counts + 1).toInt()});
}

std::optional<CustomerId> CustomerRepository::idForPhone(const QString &digits)
{
    const QVariant id
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE phone = ?"), {digits});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QList<Tag> CustomerRepository::tagsOf(CustomerId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT t.id, t.name, t.category FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = ? ORDER BY t.category, t.name"),
        {qlonglong(id)});
    QList<Tag> tags;
    while (query.next())
        tags.append(Tag{query.value(0).toLongLong(), query.value(1).toString(),
            tagCategoryFromCode(query.value(2).toString())});
    return tags;
}

void CustomerRepository::setTags(CustomerId id, const QList<TagId> &tagIds)
{
    // Keep the date a tag was first added: delete only the removed ones, insert only the new ones.
    QList<TagId> current;
    for (const Tag &tag : tagsOf(id))
        current << tag.id;
    for (TagId tag : current) {
        if (!tagIds.contains(tag))
            sql::run(m_db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"),
                {qlonglong(id), qlonglong(tag)});
    }
    const QString now = toStoredText(QDateTime::currentDateTime());
    for (TagId tag : tagIds) {
        if (!current.contains(tag))
            sql::run(m_db,
                QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, added_at) VALUES (?, ?, ?)"),
                {qlonglong(id), qlonglong(tag), now});
    }
}

QList<LifeEvent> CustomerRepository::lifeEventsOf(CustomerId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, event_date, kind, note FROM life_events WHERE customer_id = ? ORDER BY event_date"),
        {qlonglong(id)});
    QList<LifeEvent> events;
    while (query.next()) {
        events.append(
            LifeEvent{query.value(0).toLongLong(), id, dateFromStoredText(query.value(1).toString()),
                lifeEventKindFromCode(query.value(2).toString()), query.value(3).toString()});
    }
    return events;
}

void CustomerRepository::setLifeEvents(CustomerId id, const QList<LifeEvent> &events)
{
    sql::run(m_db, QStringLiteral("DELETE FROM life_events WHERE customer_id = ?"), {qlonglong(id)});
    for (const LifeEvent &event : events) {
        sql::run(m_db,
            QStringLiteral(
                "INSERT INTO life_events (customer_id, event_date, kind, note) VALUES (?, ?, ?, ?)"),
            {qlonglong(id), toStoredText(event.date), toCode(event.kind), event.note});
    }
}

void CustomerRepository::addLifeEvents(const std::vector<LifeEvent> &events)
{
    BatchWrite insert(m_db, QStringLiteral("life_events"),
        QStringLiteral("customer_id, event_date, kind, note"), BatchWrite::Kind::Insert);
    for (const LifeEvent &event : events) {
        insert.bind(1, event.customerId);
        insert.bindUtf8(2, toStoredText(event.date));
        insert.bindUtf8(3, toCode(event.kind));
        insert.bindUtf8(4, event.note);
        insert.add();
    }
    insert.flush();
}

std::vector<CustomerId> CustomerRepository::allIds()
{
    std::vector<CustomerId> ids;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

QString CustomerRepository::filterSql(const ArchiveFilter &filter, QVariantList &values)
{
    return whereClause(filter, values);
}

int CustomerRepository::count(const ArchiveFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT count(*) FROM customers c") + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

KeysetPage<ArchiveRow> CustomerRepository::page(const ArchiveFilter &filter, ArchiveSort sort,
    Qt::SortOrder order, const std::optional<PageCursor> &after, int limit)
{
    const KeysetOrder keyset = archiveOrder(sort, order);
    QVariantList values;
    QString where = whereClause(filter, values);
    if (after)
        where = KeysetOrder::andWhere(where, keyset.after(*after, values));
    values << limit;
    QSqlQuery query = sql::run(m_db,
        archiveColumns(backendOf(m_db)) + QStringLiteral(", ") + keyset.key() + archiveFrom + where
            + keyset.orderBy() + QStringLiteral(" LIMIT ?"),
        values);
    KeysetPage<ArchiveRow> page;
    while (query.next()) {
        page.rows.append(readArchiveRow(query));
        page.next = keyset.cursorAt(query, archiveSortColumn, 0);
    }
    return page;
}

void CustomerRepository::forEach(
    const ArchiveFilter &filter, const std::function<bool(const ArchiveRow &)> &visit)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_db,
        archiveColumns(backendOf(m_db)) + archiveFrom + where
            + archiveOrder(ArchiveSort::Name, Qt::AscendingOrder).orderBy(),
        values);
    while (query.next()) {
        if (!visit(readArchiveRow(query)))
            break;
    }
}

} // namespace atelier
