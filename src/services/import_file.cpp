#include "services/import_file.h"

#include "services/store_files.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace atelier {

ImportFile::ImportFile(const QString &storePath, const QString &path, std::optional<TextEncoding> encoding,
    std::optional<QChar> delimiter, ImportFileFacts &facts, qsizetype listRejectsUpTo)
    : m_file(path)
    , m_facts(facts)
    , m_listRejectsUpTo(listRejectsUpTo)
{
    open(storePath, path, encoding, delimiter);
}

void ImportFile::open(const QString &storePath, const QString &path, std::optional<TextEncoding> encoding,
    std::optional<QChar> delimiter)
{
    auto fail = [this](Problem problem, const QString &why) {
        m_problem = problem;
        m_error = why;
    };
    if (const QString refused = StoreFiles::refusal(storePath, path); !refused.isEmpty())
        return fail(Problem::Failed, refused);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Problem::Failed, tr("Cannot read %1: %2").arg(path, m_file.errorString()));
    const QByteArray head = m_file.peek(TextEncodings::sniffBytes);
    if (head.isEmpty())
        return fail(Problem::Empty, tr("The file is empty."));
    const EncodingGuess guess = TextEncodings::detect(head);
    // An encoding chosen by hand is read as chosen, unless the file is no text at all.
    if (guess.binary || (!encoding && !guess.readable()))
        return fail(Problem::Failed, TextEncodings::refusal(guess));
    m_facts.encoding = encoding.value_or(guess.encoding);
    m_facts.delimiter = delimiter.value_or(CsvReader::sniffDelimiter(head, m_facts.encoding));
    m_reader.emplace(m_file, m_facts.encoding, m_facts.delimiter);
    if (!m_reader->next(m_facts.header))
        return fail(Problem::Empty, tr("The file is empty."));
}

bool ImportFile::nextRow(QStringList &fields, const std::atomic_bool *cancel, const Progress &progress)
{
    while (m_reader->next(fields)) {
        ++m_facts.rowsRead;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return false;
        }
        if (progress && m_facts.rowsRead % 4096 == 0)
            progress(m_reader->bytesRead(), m_file.size());
        if (!m_reader->unterminatedQuote())
            return true;
        reject(fields, tr("A quoted field is not closed before the end of the file."));
    }
    return false;
}

void ImportFile::reject(const QStringList &fields, const QString &why)
{
    if (++m_facts.rejectedCount <= m_listRejectsUpTo)
        m_facts.rejected.append({m_reader->lineNumber(), fields, why});
}

const char *importOutcomeCode(ImportFileFacts::Outcome outcome, bool dryRun)
{
    using Outcome = ImportFileFacts::Outcome;
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

void recordImportRun(Database &db, const QString &path, const QDateTime &started, const QDateTime &finished,
    const ImportFileFacts &facts, qint64 imported, bool dryRun)
{
    try {
        Transaction transaction(db.connection());
        ImportRepository(db.connection())
            .insertRun(
                {QFileInfo(path).fileName(), started, finished, facts.rowsRead, facts.ok() ? imported : 0,
                    facts.rejectedCount, QString::fromLatin1(importOutcomeCode(facts.outcome, dryRun))});
        transaction.commit();
    } catch (const StorageError &e) {
        spdlog::warn("import run not recorded: {}", e.detail().toStdString());
    }
}

} // namespace atelier
