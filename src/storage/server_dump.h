#pragma once

#include "storage/backup_file.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The PostgreSQL side of backups: PostgreSQL's own tools, run as programs. pg_dump writes a
// custom-format archive (compressed, restorable table by table), pg_restore reads it back. They take
// the store's location as it is (a libpq URI, never with a password: libpq finds it in PGPASSFILE or
// ~/.pgpass, which the programs inherit with the rest of the environment). Slow: call off the GUI
// thread.
class ServerDump
{
    Q_DECLARE_TR_FUNCTIONS(ServerDump)
public:
    // The program's full path: on PATH, else in Debian's /usr/lib/postgresql/15/bin; empty when
    // neither has it.
    static QString program(const QString &name);
    // Both pg_dump and pg_restore are there.
    static bool available();

    // pg_dump of `location` into `folder`/`fileName` through a temporary name in the same folder,
    // checked with pg_restore --list and hashed before it takes its final name (0600, the folder
    // 0700 when made here). On failure nothing is left under the final name.
    static BackupCopy write(const QString &location, const QString &folder, const QString &fileName);

    enum class Depth
    {
        Contents, // pg_restore --list: the archive's table of contents
        Full, // every part of the archive read and decompressed (restored into nothing)
    };
    // Empty when `path` is an archive pg_restore reads; otherwise a sentence saying why not.
    static QString check(const QString &path, Depth depth);

    // The tables, sequences and views in the location's schema (0: an empty database, as createdb
    // makes it); nullopt with `error` set when the server cannot be asked.
    static std::optional<int> relationCount(const QString &location, QString *error);
    // pg_restore into `location` in one transaction, stopping at the first error (then nothing is
    // written); the objects belong to the user connecting. Empty on success, else a sentence.
    static QString restore(const QString &location, const QString &path);
};

} // namespace atelier
