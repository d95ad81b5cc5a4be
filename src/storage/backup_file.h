#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// A finished copy: where it is, its size and its SHA-256 (hex), or why there is none.
struct BackupCopy
{
    QString path;
    qint64 sizeBytes = 0;
    QString sha256;
    QString error; // a sentence for people; empty when the copy was written and checked

    bool ok() const { return error.isEmpty(); }
};

// What a database file on disk turned out to be, found without changing it.
struct DatabaseFileCheck
{
    enum class Problem
    {
        None,
        Unreadable,
        NotSqlite,
        NotOurs, // an SQLite file without Atelier's schema_version table
        TooNew, // written by a newer Atelier
        Damaged // quick_check or integrity_check found problems
    };
    Problem problem = Problem::None;
    int schemaVersion = 0;
    QString detail; // SQLite's own words (for the log and the message); never row data
};

// The SQLite side of backups: the online backup API on the raw handle (a consistent copy while the
// counter keeps writing), the check of a copy, and folding a closed file's write-ahead log in.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    // How far a check goes. Quick: every page and record (PRAGMA quick_check, ~1.3 s of CPU on the
    // 350 MB demo store). Full: also every index entry against its table (integrity_check, ~6-7 s).
    enum class Depth
    {
        Quick,
        Full
    };

    // Copies the database open on `db` to `folder`/`fileName` through a temporary file in the same
    // folder, checks the copy (quick_check, opened separately) while hashing it, and only then
    // renames it to its final name; the full check of the copy is the caller's next step. A folder that does
    // not exist is created owner-only (0700); the file is 0600. On any failure nothing is left under the
    // final name and the live database is untouched.
    static BackupCopy write(const QSqlDatabase &db, const QString &folder, const QString &fileName);
    // The backup folder, made owner-only (0700) when it is not there yet: it will hold copies of every
    // customer's data. Empty, or a sentence saying why it cannot be made. For ServerDump too.
    static QString makeFolder(const QString &folder);

    // Opens `path` read-only and looks at it: SQLite header, schema_version, its version against
    // this program's, then quick_check or integrity_check (identify(): the first three only).
    static DatabaseFileCheck check(const QString &path, Depth depth = Depth::Full);
    // Only the SQLite header, schema_version and its version: for a copy whose bytes are known to be
    // the ones that passed the full check (same SHA-256).
    static DatabaseFileCheck identify(const QString &path);

    // SHA-256 of a file as lowercase hex (streamed, 1 MiB reads through SQLite's own file handle, so
    // it is safe on a file this process has open in SQLite); empty when it cannot be read.
    static QString sha256Of(const QString &path);

    // For a closed database: folds its write-ahead log into the file so the -wal file is gone
    // (best effort: a damaged file is left as it is). Returns whether the log is now empty.
    static bool foldLog(const QString &path);

private:
    static DatabaseFileCheck inspect(const QString &path, std::optional<Depth> depth);
};

} // namespace atelier
