#include "services/store_move.h"

#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/store_location.h"
#include "storage/store_mover.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

namespace {

MoveResult outcome(MoveResult::Outcome kind, const QString &message)
{
    MoveResult result;
    result.outcome = kind;
    result.message = message;
    return result;
}

} // namespace

MoveResult StoreMove::run(const QString &sourcePath, const QString &serverLocation)
{
    using Outcome = MoveResult::Outcome;
    QString problem;
    const StoreLocation target = StoreLocation::parse(serverLocation, &problem);
    if (!problem.isEmpty())
        return outcome(Outcome::BadInput, problem);
    if (!target.isServer())
        return outcome(Outcome::BadInput,
            tr("--to must be a PostgreSQL location such as postgresql://server/atelier; %1 is not one.")
                .arg(serverLocation));
    if (StoreLocation::looksLikeServer(sourcePath))
        return outcome(Outcome::BadInput, tr("--db must be the SQLite file of the store to move."));
    if (!QFileInfo(sourcePath).isFile())
        return outcome(
            Outcome::BadInput, tr("There is no database at %1.").arg(QDir::toNativeSeparators(sourcePath)));

    QElapsedTimer timer;
    timer.start();
    const QString untouched = tr("Nothing was written to the server.");
    // Opening migrates: an empty database (createdb) becomes a new store first, then it is checked.
    Database server;
    if (!server.open(serverLocation))
        return outcome(Outcome::Refused, server.errorString() + u' ' + untouched);
    try {
        StoreMover mover(sourcePath, server.connection());
        if (mover.sourceVersion() != mover.targetVersion())
            return outcome(Outcome::Refused,
                tr("The file is at schema version %1 and the server at %2: open the file once with this "
                   "version of Atelier (any atelier-cli verb does it), then move it.")
                        .arg(mover.sourceVersion())
                        .arg(mover.targetVersion())
                    + u' ' + untouched);
        if (const QStringList differences = mover.schemaDifferences(); !differences.isEmpty())
            return outcome(Outcome::Refused,
                tr("The file and the server do not have the same tables (%1).")
                        .arg(differences.join(QStringLiteral(", ")))
                    + u' ' + untouched);
        if (const QStringList occupied = mover.occupiedTables(); !occupied.isEmpty())
            return outcome(Outcome::Refused,
                tr("The %1 is not empty (%2 hold rows): a store moves only into a new, empty "
                   "database.")
                        .arg(target.display(), occupied.join(QStringLiteral(", ")))
                    + u' ' + untouched);
        MoveResult result;
        result.tables = mover.move();
        qint64 rows = 0;
        for (const MovedTable &table : result.tables)
            rows += table.sourceRows;
        const bool same = std::all_of(
            result.tables.cbegin(), result.tables.cend(), [](const MovedTable &t) { return t.matches(); });
        result.outcome = same ? Outcome::Moved : Outcome::Different;
        if (!same)
            result.message = tr("Some tables read back from the server differ from the file: the move "
                                "was undone.")
                + u' ' + untouched;
        spdlog::info("store move: {} tables, {} rows, {} in {} ms", result.tables.size(), rows,
            same ? "verified and committed" : "rolled back (tables differ)", timer.elapsed());
        return result;
    } catch (const StorageError &error) {
        spdlog::error("store move failed: {}", error.detail().toStdString());
        if (error.kind() == StorageError::Kind::NotADatabase)
            return outcome(Outcome::BadInput,
                tr("%1 is not an Atelier database that can be read.")
                    .arg(QDir::toNativeSeparators(sourcePath)));
        return outcome(Outcome::Failed, error.userMessage() + u' ' + untouched);
    }
}

} // namespace atelier
