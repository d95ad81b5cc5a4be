#include "cli/commands.h"

#include "services/customer_link_import.h"
#include "services/sales_import.h"
#include "services/store.h"
#include "services/store_files.h"
#include "services/survey_import.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace atelier::cli {

namespace {

bool writeRejectedRows(const QString &out, const QStringList &header, const QList<RejectedRow> &rows,
    const QString &databasePath)
{
    if (const QString refused = StoreFiles::refusal(databasePath, out); !refused.isEmpty()) {
        printError(QStringLiteral("atelier-cli: ") + refused + u'\n');
        return false;
    }
    SalesImportResult result;
    result.header = header;
    result.rejected = rows;
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || !SalesImport::writeRejects(result, file) || !file.commit()) {
        printError(QStringLiteral("atelier-cli: ")
            + Cli::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()) + u'\n');
        return false;
    }
    printOut(
        Cli::tr("Rejected rows with their line and reason: %1").arg(QDir::toNativeSeparators(out)) + u'\n');
    return true;
}

int linkCustomers(const QString &databasePath, const CustomerLinkRequest &request, const QString &rejects)
{
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const CustomerLinkResult result = store.customerLinkImport().run(request);
    if (!result.error.isEmpty()) {
        printError(QStringLiteral("atelier-cli: ") + result.error + u'\n');
        return Failure;
    }
    printOut(CustomerLinkImport::summary(result) + u'\n');
    if (!result.rejected.isEmpty()
        && !writeRejectedRows(rejects, result.header, result.rejected, databasePath))
        return Failure;
    return result.created + result.linked + result.salesAttached > 0 ? Success : Failure;
}

// `import surveys FILE`: the columns are found by their header names, so no mapping is asked for.
int importSurveys(const QString &databasePath, const SurveyImportRequest &request, const QString &rejects)
{
    Store store;
    if (const int opened = openStore(store, databasePath, true); opened != Success)
        return opened;
    const SurveyImportResult result = store.surveyImport().run(request);
    printOut(SurveyImport::summary(result) + u'\n');
    if (!result.rejected.isEmpty()
        && !writeRejectedRows(rejects, result.header, result.rejected, databasePath))
        return Failure;
    return result.ok() ? Success : Failure;
}

} // namespace

int runImport(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> mappingName = line.take(QStringLiteral("mapping"));
    const std::optional<QString> columns = line.take(QStringLiteral("columns"));
    const std::optional<QString> encodingName = line.take(QStringLiteral("encoding"));
    const std::optional<QString> rejectsPath = line.take(QStringLiteral("rejects"));
    const std::optional<QString> saveAs = line.take(QStringLiteral("save-mapping"));
    const std::optional<QString> phoneColumn = line.take(QStringLiteral("phone-column"));
    const std::optional<QString> idColumn = line.take(QStringLiteral("id-column"));
    const std::optional<QString> nameColumn = line.take(QStringLiteral("name-column"));
    const bool dryRun = line.takeFlag(QStringLiteral("dry-run"));
    const bool allOrNothing = line.takeFlag(QStringLiteral("all-or-nothing"));
    const std::optional<QString> subject = line.takeWord();
    const std::optional<QString> path = line.takeWord();
    const bool customers = subject == QStringLiteral("customers");
    const bool surveys = subject == QStringLiteral("surveys");
    if (!line.failed() && subject != QStringLiteral("sales") && !customers && !surveys)
        line.fail(subject
                ? Cli::tr("Cannot import \"%1\"; the choices are: sales, customers, surveys.").arg(*subject)
                : Cli::tr("Say what to import: sales, customers or surveys."));
    if (!line.failed() && !path)
        line.fail(Cli::tr("Name the file to import."));
    if (!line.failed() && customers && (!phoneColumn || !idColumn))
        line.fail(Cli::tr("Give --phone-column NAME and --id-column NAME."));
    if (!line.failed() && !customers && !surveys && mappingName.has_value() == columns.has_value())
        line.fail(Cli::tr("Give either --mapping NAME or --columns SPEC."));
    std::optional<TextEncoding> encoding;
    if (!line.failed() && encodingName) {
        encoding = TextEncodings::fromName(*encodingName);
        if (!encoding)
            line.fail(Cli::tr("Unknown encoding \"%1\"; use utf-8, gb18030, utf-16le or utf-16be.")
                          .arg(*encodingName));
    }
    if (!line.finish())
        return badInput(line.error());
    if (!QFileInfo(*path).isFile())
        return badInput(Cli::tr("There is no file %1.").arg(QDir::toNativeSeparators(*path)));
    const QString rejects = rejectsPath.value_or(*path + QStringLiteral(".rejected.csv"));
    if (surveys) {
        SurveyImportRequest request;
        request.path = *path;
        request.encoding = encoding;
        request.dryRun = dryRun;
        return importSurveys(databasePath, request, rejects);
    }
    if (customers)
        return linkCustomers(databasePath,
            {.path = *path,
                .phoneColumn = *phoneColumn,
                .idColumn = *idColumn,
                .encoding = encoding,
                .nameColumn = nameColumn.value_or(QString())},
            rejects);

    Store store;
    if (const int opened = openStore(store, databasePath, true); opened != Success)
        return opened;
    SalesImport &importer = store.salesImport();

    SalesImportRequest request;
    request.path = *path;
    request.encoding = encoding;
    request.dryRun = dryRun;
    request.policy
        = allOrNothing ? SalesImportRequest::Policy::Nothing : SalesImportRequest::Policy::ValidRows;
    if (mappingName) {
        const ReadResult<std::optional<ImportMapping>> saved = importer.mapping(*mappingName);
        if (!saved.ok())
            return readFailed(saved.error);
        if (!*saved.value)
            return badInput(Cli::tr("There is no saved mapping \"%1\".").arg(*mappingName));
        request.mapping = **saved.value;
    } else {
        const ParsedMapping parsed = ImportMapping::parse(*columns);
        if (!parsed.ok())
            return badInput(parsed.error);
        request.mapping = *parsed.mapping;
    }
    if (saveAs) {
        if (const WriteResult saved = importer.saveMapping(*saveAs, request.mapping); !saved.ok()) {
            printError(QStringLiteral("atelier-cli: ")
                + Cli::tr("Cannot save the mapping \"%1\".").arg(*saveAs) + u' ' + saved.error + u'\n');
            return Failure;
        }
    }

    const SalesImportResult result = importer.run(request);
    printOut(SalesImport::summary(result) + u'\n');
    if (!result.rejected.isEmpty()
        && !writeRejectedRows(rejects, result.header, result.rejected, databasePath))
        return Failure;
    return result.ok() ? Success : Failure;
}

} // namespace atelier::cli
