#include "storage/survey_import_writer.h"

#include "storage/raw_statement.h"

namespace atelier {

SurveyImportWriter::SurveyImportWriter(QSqlDatabase db)
{
    auto make = [&db](const char *text) {
        return std::make_unique<RawStatement>(db, QString::fromUtf8(text));
    };
    m_byId = make("SELECT id FROM customers WHERE id = ? AND erased_at IS NULL");
    m_byPhone = make("SELECT id FROM customers WHERE phone = ? AND erased_at IS NULL");
    // Walks the sales_customer index (customer_id, sold_at) backwards from the day after.
    m_clerk = make("SELECT clerk_id FROM sales WHERE customer_id = ? AND sold_at < ? "
                   "ORDER BY sold_at DESC, id DESC LIMIT 1");
    m_insert
        = make("INSERT INTO satisfaction_scores (customer_id, scored_on, score, comment, occasion, staff_id, "
               "recorded_at, recorded_by, import_key) VALUES (?, ?, ?, ?, 'survey', ?, ?, NULL, ?) "
               "ON CONFLICT (import_key) DO NOTHING");
}

SurveyImportWriter::~SurveyImportWriter() = default;

std::optional<qint64> SurveyImportWriter::customerById(qint64 id)
{
    m_byId->bind(1, id);
    return m_byId->firstInteger();
}

std::optional<qint64> SurveyImportWriter::customerByPhone(QStringView digits)
{
    m_byPhone->bindUtf8(1, digits);
    return m_byPhone->firstInteger();
}

std::optional<qint64> SurveyImportWriter::clerkOfLastSale(qint64 customer, QStringView dayAfter)
{
    m_clerk->bind(1, customer);
    m_clerk->bindUtf8(2, dayAfter);
    return m_clerk->firstInteger();
}

bool SurveyImportWriter::insert(qint64 customer, QStringView scoredOn, int score, QStringView comment,
    std::optional<qint64> staff, QStringView recordedAt, QStringView importKey)
{
    m_insert->bind(1, customer);
    m_insert->bindUtf8(2, scoredOn);
    m_insert->bind(3, static_cast<qint64>(score));
    m_insert->bindUtf8(4, comment);
    if (staff)
        m_insert->bind(5, *staff);
    else
        m_insert->bindNull(5);
    m_insert->bindUtf8(6, recordedAt);
    m_insert->bindUtf8(7, importKey);
    m_insert->exec();
    return m_insert->changes() > 0;
}

} // namespace atelier
