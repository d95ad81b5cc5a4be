#include "storage/customer_erasure_writer.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

// Every personal column of the row, blanked; what the store's figures are made of stays: the source
// channel and referrer (new customers by channel), who registered and when (staff figures).
const QString blankCustomer = QStringLiteral(
    "UPDATE customers SET name = ?, name_sort = ?, phone = ?, phone_kind = 'mobile', gender = '', "
    "ethnicity = '', birthday = NULL, birth_month = NULL, birth_year = NULL, wechat_id = '', email = '', "
    "address = '', size_top = '', size_bottom = '', size_shoe = '', body_type = '', occupation = '', "
    "work_family = '', personality = '', consumption_habits = '', dress_preferences = '', hobbies = '', "
    "lifestyle = '', service_style = '', preferred_channel = '', promotion_receptiveness = '', "
    "personal_values = '', notes = '', external_id = NULL, card_no = NULL, "
    "consent_profile = 0, consent_profile_on = ?, consent_profile_by = ?, "
    "consent_marketing = 0, consent_marketing_on = ?, consent_marketing_by = ?, "
    "erased_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?");

} // namespace

CustomerErasureWriter::CustomerErasureWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int CustomerErasureWriter::run(const QString &statement, CustomerId id)
{
    QSqlQuery query = sql::run(m_db, statement, {qlonglong(id)});
    return query.numRowsAffected();
}

CustomerErasureWriter::Counts CustomerErasureWriter::erase(
    CustomerId id, const QDateTime &at, const QString &nameSort, const QString &by)
{
    const QString day = toStoredText(at.date());
    const QString time = toStoredText(at);
    sql::run(m_db, blankCustomer,
        {erasedCustomerName(), nameSort, erasedPhoneMarker(id), day, by, day, by, time, time, qlonglong(id)});

    Counts counts;
    counts.tags = run(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), id);
    counts.lifeEvents = run(QStringLiteral("DELETE FROM life_events WHERE customer_id = ?"), id);
    run(QStringLiteral("DELETE FROM search_keys WHERE customer_id = ?"), id);
    // A merge's record keeps the rows it joined (names, phones, addresses) so that it can be undone:
    // the person's own data, and the source of the survivor's absorbed search keys. Gone with her;
    // such a merge can no longer be undone.
    sql::run(m_db, QStringLiteral("DELETE FROM customer_merges WHERE survivor_id = ? OR absorbed_id = ?"),
        {qlonglong(id), qlonglong(id)});
    run(QStringLiteral("DELETE FROM handover_note_customers WHERE customer_id = ?"), id);
    run(QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"), id);
    // Nobody calls an erased customer again; the tasks already done stay (the staff's figures count
    // them) without what was written about the person.
    counts.openTasks
        = run(QStringLiteral("DELETE FROM follow_up_tasks WHERE customer_id = ? AND status = 'open'"), id);
    // A generated note's arguments are the person's too (a birthday).
    run(QStringLiteral("UPDATE follow_up_tasks SET note = '', note_kind = NULL, note_args = NULL, "
                       "outcome_note = '', next_step = '' WHERE customer_id = ?"),
        id);
    // Her open coupons are withdrawn; the used ones stay with their sales for the totals.
    sql::run(m_db,
        QStringLiteral("UPDATE coupons SET status = 'cancelled', status_changed_at = ? "
                       "WHERE customer_id = ? AND status = 'issued'"),
        {time, qlonglong(id)});
    // Her benefit uses stay (a benefit is used once a period, the tier figures count them); the row is
    // kept, so ON DELETE CASCADE never fires: the clerk's free note goes here.
    run(QStringLiteral("UPDATE benefit_uses SET note = '' WHERE customer_id = ?"), id);
    // Her lost sales stay for the buying report (style, size, reason), no longer hers and without the
    // clerk's free note; their open wishes then plan no arrival task.
    run(QStringLiteral("UPDATE lost_sales SET customer_id = NULL, note = '' WHERE customer_id = ?"), id);
    // Her satisfaction scores stay for the store's and the clerks' figures, without her own words (a
    // survey file imported again matches no erased customer, so the comment does not come back).
    run(QStringLiteral("UPDATE satisfaction_scores SET comment = '' WHERE customer_id = ?"), id);
    // Sales stay whole for the totals; a sale's free note may say who it was for.
    run(QStringLiteral("UPDATE sales SET note = '' WHERE customer_id = ?"), id);
    // Complaints stay for the statistics (channel, category, severity, times, resolution, score)
    // without their free texts and no longer tied to the customer: an anonymous caller's complaint,
    // for which no call-back task is made.
    run(QStringLiteral("UPDATE complaint_events SET note = '' "
                       "WHERE complaint_id IN (SELECT id FROM complaints WHERE customer_id = ?)"),
        id);
    QSqlQuery complaints = sql::run(m_db,
        QStringLiteral("UPDATE complaints SET content = ?, resolution_note = '', callback_note = '', "
                       "customer_id = NULL WHERE customer_id = ?"),
        {erasedCustomerName(), qlonglong(id)});
    counts.complaints = complaints.numRowsAffected();
    return counts;
}

} // namespace atelier
