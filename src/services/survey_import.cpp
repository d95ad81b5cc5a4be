#include "services/survey_import.h"

#include "core/stored_time.h"
#include "core/survey_import_row.h"
#include "services/access.h"
#include "services/change_notifier.h"
#include "services/import_file.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/survey_import_writer.h"
#include "storage/transaction.h"

#include <QCryptographicHash>

#include <spdlog/spdlog.h>

namespace atelier {

SurveyImport::SurveyImport(Database &db, const Clock &clock)
    : m_database(db)
    , m_clock(clock)
{
}

QString SurveyImport::importKey(qint64 customer, const QDate &day, int score, const QString &comment)
{
    // The comment can be long: its hash (with the score) keeps the key short. A corrected score or comment
    // is a new row; the same row again is the same key.
    const QByteArray hash = QCryptographicHash::hash(
        QString::number(score).append(u'\n').append(comment).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("survey:%1:%2:%3")
        .arg(customer)
        .arg(day.toString(Qt::ISODate), QString::fromLatin1(hash.toHex().left(16)));
}

SurveyImportResult SurveyImport::run(
    const SurveyImportRequest &request, const std::atomic_bool *cancel, const Progress &progress)
{
    SurveyImportResult result;
    result.error = Access::refusal(m_database, Permission::ImportFromTill);
    if (!result.error.isEmpty())
        return result; // not even a run to record
    const QDateTime started = m_clock.now();
    try {
        std::tie(result.outcome, result.error) = importFile(request, result, cancel, progress);
    } catch (const StorageError &e) {
        spdlog::error("survey import failed after {} rows: {}", result.rowsRead, e.detail().toStdString());
        result.outcome = Outcome::Failed;
        result.error = e.userMessage() + u' ' + tr("Nothing was imported.");
    }
    spdlog::info("survey import {}: {} rows read, {} imported, {} rejected, {} already there",
        importOutcomeCode(result.outcome, request.dryRun), result.rowsRead, result.imported,
        result.rejectedCount, result.alreadyImported);
    recordImportRun(
        m_database, request.path, started, m_clock.now(), result, result.imported, request.dryRun);
    return result;
}

std::pair<SurveyImport::Outcome, QString> SurveyImport::importFile(const SurveyImportRequest &request,
    SurveyImportResult &result, const std::atomic_bool *cancel, const Progress &progress)
{
    ImportFile file(m_database.path(), request.path, request.encoding, request.delimiter, result,
        request.listRejectsUpTo);
    if (file.problem() != ImportFile::Problem::None)
        return {file.problem() == ImportFile::Problem::Empty ? Outcome::NothingImported : Outcome::Failed,
            file.error()};
    QString why;
    const std::optional<SurveyColumns> columns = SurveyImportRow::columns(result.header, why);
    if (!columns)
        return {Outcome::Failed, why};

    // One transaction: a cancel, an error or a dry run leaves nothing.
    Transaction transaction(m_database.connection(), Transaction::Mode::Immediate);
    SurveyImportWriter writer(m_database.connection());
    const QString recordedAt = toStoredText(m_clock.now());
    QStringList fields;
    SurveyRow row;
    while (file.nextRow(fields, cancel, progress)) {
        if (!SurveyImportRow::read(fields, *columns, row, why)) {
            file.reject(fields, why);
            continue;
        }
        const std::optional<qint64> customer
            = row.customerId ? writer.customerById(*row.customerId) : writer.customerByPhone(row.phone);
        if (!customer) {
            file.reject(fields,
                row.customerId ? tr("No customer in the archive has the id %1.").arg(*row.customerId)
                               : tr("No customer in the archive has this phone."));
            continue;
        }
        const std::optional<qint64> clerk
            = writer.clerkOfLastSale(*customer, toStoredText(row.day.addDays(1)));
        const QString key = importKey(*customer, row.day, row.score, row.comment);
        if (!writer.insert(
                *customer, toStoredText(row.day), row.score, row.comment, clerk, recordedAt, key)) {
            ++result.alreadyImported;
            continue;
        }
        ++result.imported;
        if (!clerk)
            ++result.withoutClerk;
    }
    if (file.cancelled())
        return {Outcome::Cancelled, QString()};
    if (progress)
        progress(file.size(), file.size());
    if (result.rowsRead == 0)
        return {Outcome::NothingImported, tr("The file has a header but no rows.")};
    if (result.imported == 0)
        return {Outcome::NothingImported, tr("The file holds nothing new to import.")};
    if (request.dryRun)
        return {Outcome::DryRunPassed, QString()}; // rolled back
    transaction.commit();
    ChangeNotifier::post(Change::What::Satisfaction, {}, {}, true);
    return {Outcome::Imported, QString()};
}

QString SurveyImport::summary(const SurveyImportResult &r)
{
    QString text = tr("%1 rows read (%2, delimiter \"%3\"): %4 scores imported, %5 of them for customers "
                      "without a sale by the survey day (no clerk); %6 already imported; %7 rejected.")
                       .arg(r.rowsRead)
                       .arg(TextEncodings::name(r.encoding),
                           r.delimiter == u'\t' ? QStringLiteral("\\t") : QString(r.delimiter))
                       .arg(r.imported)
                       .arg(r.withoutClerk)
                       .arg(r.alreadyImported)
                       .arg(r.rejectedCount);
    if (!r.error.isEmpty())
        text += u' ' + r.error;
    return text;
}

bool SurveyImport::writeRejects(const SurveyImportResult &result, QIODevice &device)
{
    SalesImportResult rows;
    rows.header = result.header;
    rows.rejected = result.rejected;
    return SalesImport::writeRejects(rows, device);
}

} // namespace atelier
