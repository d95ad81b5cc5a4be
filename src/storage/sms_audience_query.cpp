#include "storage/sms_audience_query.h"

#include "core/stored_time.h"
#include "storage/sql.h"

#include <QHash>

namespace atelier {

namespace {

// One row per customer; the balance, the latest style and the last contacts (a follow-up done, a bulk
// SMS: what the nightly run's quiet period reads too) come from correlated subqueries that walk the
// (customer_id, …) indexes of the ledger, the sales, the tasks and the contacts, so a chunk costs its
// own customers only.
const QString audienceSelect = QStringLiteral(
    "SELECT c.id, c.name, c.phone, c.phone_kind, c.consent_marketing, coalesce(t.tier, ''), "
    "(SELECT coalesce(sum(p.points), 0) FROM points_ledger p WHERE p.customer_id = c.id), "
    "(SELECT l.style_no FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.customer_id = c.id "
    "ORDER BY s.sold_at DESC, s.id DESC, l.id DESC LIMIT 1), "
    "(SELECT MAX(f.done_at) FROM follow_up_tasks f WHERE f.customer_id = c.id AND f.status = 'done'), "
    "(SELECT MAX(k.contacted_at) FROM contacts k WHERE k.customer_id = c.id) "
    "FROM customers c LEFT JOIN customer_tiers t ON t.customer_id = c.id WHERE c.id IN (");

AudienceMember readMember(const QSqlQuery &q)
{
    AudienceMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.phone = q.value(2).toString();
    m.mobile = q.value(3).toString() == QLatin1String("mobile");
    m.consentsToMarketing = q.value(4).toInt() == 1;
    m.tier = tierFromCode(q.value(5).toString());
    m.points = q.value(6).toLongLong();
    m.lastStyle = q.value(7).toString();
    for (const int column : {8, 9}) {
        if (q.isNull(column))
            continue;
        const QDate day = dayOfStoredText(q.value(column).toString());
        if (!m.lastContact.isValid() || day > m.lastContact)
            m.lastContact = day;
    }
    return m;
}

} // namespace

SmsAudienceQuery::SmsAudienceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void SmsAudienceQuery::forEach(
    const QList<CustomerId> &ids, const std::function<bool(const AudienceMember &)> &visit)
{
    QSqlQuery full; // prepared once for every chunk of full size
    for (qsizetype start = 0; start < ids.size(); start += chunkSize) {
        const qsizetype count = qMin<qsizetype>(chunkSize, ids.size() - start);
        QSqlQuery partial;
        QSqlQuery *query = &full;
        if (count < chunkSize || full.lastQuery().isEmpty()) {
            QStringList marks(count, QStringLiteral("?"));
            QSqlQuery prepared
                = sql::prepare(m_db, audienceSelect + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
            if (count == chunkSize) {
                full = std::move(prepared);
            } else {
                partial = std::move(prepared);
                query = &partial;
            }
        }
        for (qsizetype i = 0; i < count; ++i)
            sql::bind(*query, int(i), qlonglong(ids.at(start + i)));
        sql::exec(*query);
        QHash<CustomerId, AudienceMember> found;
        while (query->next()) {
            AudienceMember member = readMember(*query);
            found.insert(member.id, std::move(member));
        }
        for (qsizetype i = 0; i < count; ++i) {
            const auto it = found.constFind(ids.at(start + i));
            if (it != found.constEnd() && !visit(*it))
                return;
        }
    }
}

std::optional<AudienceMember> SmsAudienceQuery::find(CustomerId id)
{
    std::optional<AudienceMember> member;
    forEach({id}, [&member](const AudienceMember &m) {
        member = m;
        return false;
    });
    return member;
}

QString SmsAudienceQuery::complaintStyle(ComplaintId complaint)
{
    return sql::scalar(
        m_db, QStringLiteral("SELECT style_number FROM complaints WHERE id = ?"), {qlonglong(complaint)})
        .toString();
}

} // namespace atelier
