#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace atelier {

class RawStatement;

// The look-ups and writes of one survey import, on raw prepared statements (a survey of the whole
// archive is a hundred thousand rows). The caller holds the transaction.
class SurveyImportWriter
{
public:
    explicit SurveyImportWriter(QSqlDatabase db);
    ~SurveyImportWriter();
    SurveyImportWriter(const SurveyImportWriter &) = delete;
    SurveyImportWriter &operator=(const SurveyImportWriter &) = delete;

    // The customer with this archive id, or these phone digits; none when erased or unknown.
    std::optional<qint64> customerById(qint64 id);
    std::optional<qint64> customerByPhone(QStringView digits);
    // The clerk of her last sale on or before `dayAfter`'s day before (stored sold_at < dayAfter);
    // none when she bought nothing then, or the sale names no clerk.
    std::optional<qint64> clerkOfLastSale(qint64 customer, QStringView dayAfter);
    // Stores a survey score; false when a row with the same import key is there already.
    bool insert(qint64 customer, QStringView scoredOn, int score, QStringView comment,
        std::optional<qint64> staff, QStringView recordedAt, QStringView importKey);

private:
    std::unique_ptr<RawStatement> m_byId, m_byPhone, m_clerk, m_insert;
};

} // namespace atelier
