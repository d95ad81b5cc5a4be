#include "cli/commands.h"

#include "services/store_move.h"

#include <QDir>

namespace atelier::cli {

namespace {

QString summaryLine(const MovedTable &table)
{
    const QString verdict = table.matches() ? Cli::tr("ok") : Cli::tr("DIFFERENT");
    QString line = QStringLiteral("%1 %2 %3").arg(table.name, -28).arg(table.sourceRows, 10).arg(verdict);
    if (!table.matches())
        line += u' '
            + Cli::tr("(the file: %1 rows, SHA-256 %2; the server: %3 rows, SHA-256 %4)")
                  .arg(table.sourceRows)
                  .arg(QString::fromLatin1(table.sourceSha256))
                  .arg(table.targetRows)
                  .arg(QString::fromLatin1(table.targetSha256));
    return line + u'\n';
}

} // namespace

int runMoveToPostgres(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> to = line.take(QStringLiteral("to"));
    if (!to && !line.failed())
        line.fail(Cli::tr("Say where to move the store: --to postgresql://server/database."));
    if (!line.finish())
        return badInput(line.error());
    const MoveResult moved = StoreMove::run(databasePath, *to);
    if (moved.outcome == MoveResult::Outcome::BadInput)
        return badInput(moved.message);
    QString summary;
    for (const MovedTable &table : moved.tables)
        summary += summaryLine(table);
    printOut(summary);
    if (moved.outcome != MoveResult::Outcome::Moved) {
        printError(QStringLiteral("atelier-cli: ") + moved.message + u'\n');
        return Failure;
    }
    qint64 rows = 0;
    for (const MovedTable &table : moved.tables)
        rows += table.sourceRows;
    printOut(Cli::tr("Moved %1 rows in %2 tables from %3; every table's rows and checksum match. The file "
                     "was not changed.")
                 .arg(rows)
                 .arg(moved.tables.size())
                 .arg(QDir::toNativeSeparators(databasePath))
        + u'\n');
    return Success;
}

} // namespace atelier::cli
