#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
        Damaged // integrity_check found problems
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
    // Copies the database open on `db` to `folder`/`fileName` through a temporary file in the same
    // folder, checks the copy (integrity_check, opened separately), hashes it, and only then renames
    // it to its final name. A folder that does not exist is created owner-only (0700); the file is
    // 0600. On any failure nothing is left under the final name and the live database is untouched.
    static BackupCopy write(const QSqlDatabase &db, const QString &folder, const QString &fileName);

    // Opens `path` read-only and looks at it: SQLite header, schema_version, its version against
    // this program's, integrity_check.
    static DatabaseFileCheck check(const QString &path);

    // SHA-256 of a file as lowercase hex; empty when it cannot be read.
    static QString sha256Of(const QString &path);

    // For a closed database: folds its write-ahead log into the file so the -wal file is gone
    // (best effort: a damaged file is left as it is). Returns whether the log is now empty.
    static bool foldLog(const QString &path);
};

} // namespace atelier
