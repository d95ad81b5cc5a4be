#pragma once

#include "core/csv_reader.h"
#include "core/text_encoding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace atelier {

// A row of the file that was not imported, with the physical line it starts on and why.
struct RejectedRow
{
    qint64 line = 0;
    QStringList fields;
    QString reason;
};

// What every CSV import reports about its file and rows (SalesImportResult, SurveyImportResult).
struct ImportFileFacts
{
    enum class Outcome
    {
        Imported,
        DryRunPassed,
        NothingImported, // nothing new, a refused file, or rejections under the sales' Policy::Nothing
        Cancelled,
        Failed, // the file or the database failed; nothing was stored
    };
    Outcome outcome = Outcome::Failed;
    QString error; // for NothingImported and Failed: why, in the UI language
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = u',';
    QStringList header;
    qint64 rowsRead = 0;
    QList<RejectedRow> rejected; // the first listRejectsUpTo of them
    qint64 rejectedCount = 0; // all of them
    bool ok() const { return outcome == Outcome::Imported || outcome == Outcome::DryRunPassed; }
};

class Database;

// How import_runs and the log name an outcome: imported, dry_run, nothing_imported, cancelled, failed.
const char *importOutcomeCode(ImportFileFacts::Outcome outcome, bool dryRun);
// Keeps the run in import_runs (the file's name, the times, rows read, imported and rejected, the outcome);
// a run that cannot be written is only logged.
void recordImportRun(Database &db, const QString &path, const QDateTime &started, const QDateTime &finished,
    const ImportFileFacts &facts, qint64 imported, bool dryRun);

// The start of every CSV import (sales, surveys): the file opened for reading — never one of the store's
// own files —, its encoding and delimiter detected unless given, and its header row read, or why not.
// A file that is not there, not readable, binary or (unless the encoding is given) in an encoding the
// app does not read fails, with a sentence naming what it looks like; an empty one holds nothing to
// import. Then its rows one by one, counted, with progress and a cancel, and the rejected ones listed up to a
// limit.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    enum class Problem
    {
        None,
        Failed, // the file cannot be read, or is no CSV text
        Empty, // nothing in it, not even a header
    };

    // Writes the encoding, the delimiter and the header into `facts`, which the rows are counted in.
    ImportFile(const QString &storePath, const QString &path, std::optional<TextEncoding> encoding,
        std::optional<QChar> delimiter, ImportFileFacts &facts, qsizetype listRejectsUpTo = 100000);
    ImportFile(const ImportFile &) = delete;
    ImportFile &operator=(const ImportFile &) = delete;

    Problem problem() const { return m_problem; }
    QString error() const { return m_error; } // why, in the UI language

    // The next row after the header into `fields`, counted; false at the end of the file, or when `cancel`
    // is set (cancelled()). Progress in bytes every 4096 rows. A row whose quote is never closed is
    // rejected and skipped. Only when there is no problem.
    bool nextRow(QStringList &fields, const std::atomic_bool *cancel, const Progress &progress);
    bool cancelled() const { return m_cancelled; }
    // Lists the row last read as rejected, with its line.
    void reject(const QStringList &fields, const QString &why);
    qint64 size() const { return m_file.size(); }
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }

private:
    void open(const QString &storePath, const QString &path, std::optional<TextEncoding> encoding,
        std::optional<QChar> delimiter);

    QFile m_file;
    std::optional<CsvReader> m_reader;
    ImportFileFacts &m_facts;
    qsizetype m_listRejectsUpTo;
    Problem m_problem = Problem::None;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace atelier
