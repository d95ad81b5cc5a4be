#pragma once

#include "core/clock.h"
#include "core/text_encoding.h"
#include "services/sales_import.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace atelier {

class Database;

struct SurveyImportRequest
{
    QString path;
    std::optional<TextEncoding> encoding; // detected when not given
    std::optional<QChar> delimiter; // sniffed from the header line when not given
    bool dryRun = false; // check everything, store nothing
    qsizetype listRejectsUpTo = 100000; // rejected rows beyond this many are counted, not kept
};

struct SurveyImportResult : ImportFileFacts
{
    qint64 imported = 0; // new scores (or, in a dry run, that would be)
    qint64 alreadyImported = 0; // rows whose key was stored before (a re-import), or twice in the file
    qint64 withoutClerk = 0; // imported scores for customers with no sale on or before the survey day
};

// Imports a satisfaction survey's results (the data hub's survey source, seed 002 §5): a CSV with the
// customer's id in the archive or her phone, the day, a 1-5 score and a comment, its columns found by
// their header names in English or Chinese (docs/import.md). Like the sales import: UTF-8 or GB18030 and
// the delimiter detected, one transaction, rows that do not fit listed with their line and reason, a dry
// run, and a key per row (her, the day, and a hash of score and comment) so the same file twice adds
// nothing. Each score is about the clerk of her last sale on or before the survey day. Runs on the thread
// that opened `db`.
class SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    SurveyImport(Database &db, const Clock &clock);

    SurveyImportResult run(const SurveyImportRequest &request, const std::atomic_bool *cancel = nullptr,
        const Progress &progress = {});

    // A row's key: the same customer, day, score and comment give the same key, whatever the file.
    static QString importKey(qint64 customer, const QDate &day, int score, const QString &comment);
    // The one-paragraph summary the CLI prints and the wizard shows.
    static QString summary(const SurveyImportResult &result);
    // The rejected rows as CSV, as SalesImport::writeRejects writes them.
    static bool writeRejects(const SurveyImportResult &result, QIODevice &device);

private:
    using Outcome = SurveyImportResult::Outcome;
    // Reads the file into `result` and stores its new rows; the outcome and why.
    std::pair<Outcome, QString> importFile(const SurveyImportRequest &request, SurveyImportResult &result,
        const std::atomic_bool *cancel, const Progress &progress);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace atelier
