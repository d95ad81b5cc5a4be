#include "cli/commands.h"

#include "services/archive_service.h"
#include "services/store.h"

#include <QDir>
#include <QSaveFile>

namespace atelier::cli {

int runExport(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> out = line.require(QStringLiteral("out"));
    const std::optional<QString> tagName = line.take(QStringLiteral("tag"));
    const std::optional<QString> subject = line.takeWord();
    if (!line.failed() && subject != QStringLiteral("customers"))
        line.fail(subject ? Cli::tr("Cannot export \"%1\"; the choices are: customers.").arg(*subject)
                          : Cli::tr("Say what to export: customers."));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    ArchiveFilter filter;
    if (tagName) {
        for (const Tag &tag : store.archive().tagLibrary()) {
            if (tag.name == *tagName)
                filter.tagId = tag.id;
        }
        if (!filter.tagId)
            return badInput(Cli::tr("There is no tag \"%1\" in the tag library.").arg(*tagName));
    }

    // QSaveFile: an interrupted export never leaves half a file where a good one was.
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly))
        return badInput(
            Cli::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(*out), file.errorString()));
    const ExportResult result = store.archive().exportCsv(file, filter);
    if (!result.ok()) {
        file.cancelWriting();
        printError(QStringLiteral("atelier-cli: ") + result.error + u'\n');
        return Failure;
    }
    if (!file.commit()) {
        printError(QStringLiteral("atelier-cli: ")
            + Cli::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(*out), file.errorString()) + u'\n');
        return Failure;
    }
    printOut(
        Cli::tr("Exported %1 customers to %2.").arg(result.rows).arg(QDir::toNativeSeparators(*out)) + u'\n');
    return Success;
}

} // namespace atelier::cli
