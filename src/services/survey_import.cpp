#include "services/survey_import.h"

#include "core/csv_reader.h"
#include "core/stored_time.h"
#include "core/survey_import_row.h"
#include "services/access.h"
#include "services/change_notifier.h"
#include "services/store_files.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/storage_error.h"
#include "storage/survey_import_writer.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

const char *outcomeCode(SurveyImportResult::Outcome outcome, bool dryRun)
{
    using Outcome = SurveyImportResult::Outcome;
    switch (outcome) {
    case Outcome::Imported:
        return "imported";
    case Outcome::DryRunPassed:
        return "dry_run";
    case Outcome::NothingImported:
        return dryRun ? "dry_run" : "nothing_imported";
    case Outcome::Cancelled:
        return "cancelled";
    case Outcome::Failed:
        break;
    }
    return "failed";
}

} // namespace

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
    using Outcome = SurveyImportResult::Outcome;
    const QDateTime started = m_clock.now();
    SurveyImportResult result;
    if (const QString refused = Access::refusal(m_database, Permission::ImportFromTill); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    auto finish = [&](Outcome outcome, const QString &error = QString()) {
        result.outcome = outcome;
        result.error = error;
        spdlog::info("survey import {}: {} rows read, {} imported, {} rejected, {} already there",
            outcomeCode(outcome, request.dryRun), result.rowsRead, result.imported, result.rejectedCount,
            result.alreadyImported);
        try {
            Transaction transaction(m_database.connection());
            ImportRepository(m_database.connection())
                .insertRun({QFileInfo(request.path).fileName(), started, m_clock.now(), result.rowsRead,
                    result.ok() ? result.imported : 0, result.rejectedCount,
                    QString::fromLatin1(outcomeCode(outcome, request.dryRun))});
            transaction.commit();
        } catch (const StorageError &e) {
            spdlog::warn("import run not recorded: {}", e.detail().toStdString());
        }
        return result;
    };
    if (const QString refused = StoreFiles::refusal(m_database.path(), request.path); !refused.isEmpty())
        return finish(Outcome::Failed, refused);
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(Outcome::Failed, tr("Cannot read %1: %2").arg(request.path, file.errorString()));
    const QByteArray head = file.peek(TextEncodings::sniffBytes);
    if (head.isEmpty())
        return finish(Outcome::NothingImported, tr("The file is empty."));
    const EncodingGuess guess = TextEncodings::detect(head);
    if (guess.binary)
        return finish(Outcome::Failed, tr("This is not a CSV text file (it holds binary data)."));
    result.encoding = request.encoding.value_or(guess.encoding);
    result.delimiter = request.delimiter.value_or(CsvReader::sniffDelimiter(head, result.encoding));
    CsvReader reader(file, result.encoding, result.delimiter);
    if (!reader.next(result.header))
        return finish(Outcome::NothingImported, tr("The file is empty."));
    QString why;
    const std::optional<SurveyColumns> columns = SurveyImportRow::columns(result.header, why);
    if (!columns)
        return finish(Outcome::Failed, why);

    auto importRows = [&]() -> std::pair<Outcome, QString> {
        Transaction transaction(m_database.connection(), Transaction::Mode::Immediate);
        SurveyImportWriter writer(m_database.connection());
        const QString recordedAt = toStoredText(m_clock.now());
        QStringList fields;
        SurveyRow row;
        while (reader.next(fields)) {
            ++result.rowsRead;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return std::pair(Outcome::Cancelled, QString());
            if (progress && result.rowsRead % 4096 == 0)
                progress(reader.bytesRead(), file.size());
            auto reject = [&](const QString &reason) {
                if (++result.rejectedCount <= request.listRejectsUpTo)
                    result.rejected.append({reader.lineNumber(), fields, reason});
            };
            if (reader.unterminatedQuote()) {
                reject(tr("A quoted field is not closed before the end of the file."));
                continue;
            }
            if (!SurveyImportRow::read(fields, *columns, row, why)) {
                reject(why);
                continue;
            }
            const std::optional<qint64> customer
                = row.customerId ? writer.customerById(*row.customerId) : writer.customerByPhone(row.phone);
            if (!customer) {
                reject(row.customerId ? tr("No customer in the archive has the id %1.").arg(*row.customerId)
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
        if (progress)
            progress(file.size(), file.size());
        if (result.rowsRead == 0)
            return std::pair(Outcome::NothingImported, tr("The file has a header but no rows."));
        if (result.imported == 0)
            return std::pair(Outcome::NothingImported, tr("The file holds nothing new to import."));
        if (request.dryRun)
            return std::pair(Outcome::DryRunPassed, QString()); // rolled back
        transaction.commit();
        ChangeNotifier::post(Change::What::Satisfaction, {}, {}, true);
        return std::pair(Outcome::Imported, QString());
    };
    try {
        const auto [outcome, message] = importRows();
        return finish(outcome, message);
    } catch (const StorageError &e) {
        spdlog::error("survey import failed after {} rows: {}", result.rowsRead, e.detail().toStdString());
        return finish(Outcome::Failed, e.userMessage() + u' ' + tr("Nothing was imported."));
    }
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
