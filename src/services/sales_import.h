#pragma once

#include "core/clock.h"
#include "core/import_mapping.h"
#include "core/read_result.h"
#include "core/text_encoding.h"
#include "core/write_result.h"
#include "services/import_file.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace atelier {

class Database;

struct SalesImportRequest
{
    enum class Policy
    {
        ValidRows, // import the rows that pass, list the others
        Nothing, // any rejected row means nothing is imported
    };
    QString path;
    ImportMapping mapping;
    std::optional<TextEncoding> encoding; // detected when not given
    std::optional<QChar> delimiter; // sniffed from the header line when not given
    bool dryRun = false; // check everything, store nothing
    Policy policy = Policy::ValidRows;
    // Rejected rows beyond this many are counted but not kept: a file with a wrong mapping or
    // encoding (every row rejected) must not end up in memory whole, however large it is.
    qsizetype listRejectsUpTo = 100000;
};

struct SalesImportResult : ImportFileFacts
{
    qint64 salesCreated = 0;
    qint64 linesImported = 0;
    qint64 returnsImported = 0;
    qint64 alreadyImported = 0; // rows whose key was in the database before (re-import)
    qint64 linesWithoutCustomer = 0; // imported as walk-in lines: no archive customer matched
};

// Imports a till's (POS) export of sale lines: one transaction for the whole file, so a cancel, an
// error or a crash leaves nothing half-imported, and a key per line so the same file twice adds
// nothing. Imported history earns no points (see docs/import.md). Runs on the thread that opened `db`.
class SalesImport
{
    Q_DECLARE_TR_FUNCTIONS(SalesImport)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    SalesImport(Database &db, const Clock &clock);

    SalesImportResult run(const SalesImportRequest &request, const std::atomic_bool *cancel = nullptr,
        const Progress &progress = {});

    // Replaces a mapping of the same name; false when the database refused.
    WriteResult saveMapping(const QString &name, const ImportMapping &mapping);
    // Nothing when no mapping has the name; a failed read when the stored one cannot be used.
    ReadResult<std::optional<ImportMapping>> mapping(const QString &name) const;
    ReadResult<QStringList> mappingNames() const;

    // The rejected rows as CSV (UTF-8 with BOM, for Excel): the file's columns plus "line" and "reason",
    // ready to fix and import again.
    static bool writeRejects(const SalesImportResult &result, QIODevice &device);
    // The one-paragraph summary the CLI prints and the wizard shows.
    static QString summary(const SalesImportResult &result);

private:
    void record(const SalesImportRequest &request, const QDateTime &started, const SalesImportResult &result);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace atelier
