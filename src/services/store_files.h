#pragma once

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The store file and SQLite's files beside it (-wal, -shm, -journal). Nothing but SQLite may open
// them while the store is open in this process: closing any descriptor of the file drops every lock
// SQLite holds on it (docs/architecture.md). So a path a person typed or chose, to import from or to
// export to, is checked against them first.
class StoreFiles
{
    Q_DECLARE_TR_FUNCTIONS(StoreFiles)
public:
    // Whether `path` names the store at `storePath` or one of its SQLite files (symbolic links and
    // "..": resolved; a path that does not exist yet is compared as written).
    static bool contains(const QString &storePath, const QString &path);
    // Empty when `path` is none of them; otherwise the sentence that refuses it.
    static QString refusal(const QString &storePath, const QString &path);
};

} // namespace atelier
