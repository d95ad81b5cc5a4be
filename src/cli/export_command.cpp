#include "cli/commands.h"

#include "core/export_columns.h"
#include "core/loyalty.h"
#include "services/archive_service.h"
#include "services/customer_export.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/store.h"

#include <QDir>

namespace atelier::cli {

namespace {

// --tier: the codes of `rfm` (silver, gold, black) or "member" for customers without a tier.
std::optional<Tier> tierOf(CommandLine &line, const QString &code)
{
    if (code == QStringLiteral("member"))
        return Tier::None;
    const Tier tier = tierFromCode(code);
    if (tier == Tier::None)
        line.fail(Cli::tr("Unknown tier \"%1\"; the tiers are member, silver, gold and black.").arg(code));
    return tier == Tier::None ? std::nullopt : std::optional<Tier>(tier);
}

// --segment: a store segment (vip, active…) or a named RFM segment (champions…), as `rfm` prints.
void segmentOf(CommandLine &line, const QString &code, LoyaltyFilter &filter)
{
    if (const StoreSegment segment = segmentFromCode(code); segment != StoreSegment::None)
        filter.segment = segment;
    else if (const NamedSegment named = namedSegmentFromCode(code); named != NamedSegment::None)
        filter.named = named;
    else
        line.fail(Cli::tr("Unknown segment \"%1\"; use a segment code (%2) or a named_segment code as `rfm` "
                          "prints them.")
                      .arg(code, storeSegmentCodes().join(QStringLiteral(", "))));
}

// --tasks: the customers of everyone's tasks due that day, in the calendar's order.
ReadResult<QList<CustomerId>> taskCustomers(Store &store, const QDate &day)
{
    const ReadResult<QList<TaskRow>> tasks = store.followUps().dayList(day, TaskFilter{});
    if (!tasks.ok())
        return {std::nullopt, tasks.error};
    QList<CustomerId> customers;
    for (const TaskRow &row : *tasks.value)
        customers << row.task.customer;
    return {customers, {}};
}

} // namespace

int runExport(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> out = line.require(QStringLiteral("out"));
    const std::optional<QString> tagName = line.take(QStringLiteral("tag"));
    const std::optional<QString> formatCode = line.take(QStringLiteral("format"));
    const std::optional<QString> segmentCode = line.take(QStringLiteral("segment"));
    const std::optional<QString> tierCode = line.take(QStringLiteral("tier"));
    const std::optional<QString> columnCodes = line.take(QStringLiteral("columns"));
    const std::optional<QDate> tasksDue = line.takeDate(QStringLiteral("tasks"));
    const std::optional<QString> subject = line.takeWord();
    if (!line.failed() && subject != QStringLiteral("customers"))
        line.fail(subject ? Cli::tr("Cannot export \"%1\"; the choices are: customers.").arg(*subject)
                          : Cli::tr("Say what to export: customers."));

    std::optional<ExportFormat> format;
    if (!line.failed() && formatCode) {
        format = CustomerExport::formatFromCode(*formatCode);
        if (!format)
            line.fail(Cli::tr("Unknown format \"%1\"; the formats are csv and xlsx.").arg(*formatCode));
    }
    const bool loyaltyList = segmentCode || tierCode;
    LoyaltyFilter loyalty;
    if (!line.failed() && loyaltyList && tagName)
        line.fail(Cli::tr("--tag lists the archive; it cannot be combined with --segment or --tier."));
    if (!line.failed() && tasksDue && (loyaltyList || tagName))
        line.fail(Cli::tr("--tasks lists the customers of a day's tasks; it cannot be combined with --tag, "
                          "--segment or --tier."));
    if (!line.failed() && tierCode)
        loyalty.tier = tierOf(line, *tierCode);
    if (!line.failed() && segmentCode)
        segmentOf(line, *segmentCode, loyalty);
    const ExportSource source
        = tasksDue ? ExportSource::Tasks : (loyaltyList ? ExportSource::Loyalty : ExportSource::Archive);
    QList<ExportColumn> columns = ExportColumns::defaults(source);
    if (!line.failed() && columnCodes) {
        const ColumnChoice choice = ExportColumns::parse(source, *columnCodes);
        if (!choice.ok())
            line.fail(choice.error);
        columns = choice.columns;
    }
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    ArchiveFilter filter;
    if (tagName) {
        const ReadResult<QList<Tag>> library = store.customers().tagLibrary();
        if (!library.ok())
            return readFailed(library.error);
        for (const Tag &tag : *library.value) {
            if (tag.name == *tagName)
                filter.tagId = tag.id;
        }
        if (!filter.tagId)
            return badInput(Cli::tr("There is no tag \"%1\" in the tag library.").arg(*tagName));
    }

    // Without --format the file name decides; a plain name stays CSV as it always was.
    const ExportFormat chosen = format.value_or(CustomerExport::formatOf(*out));
    CustomerExport &exporter = store.customerExport();
    // The file appears only complete: an interrupted export never leaves half a file in place of a good one.
    ExportResult result;
    if (tasksDue) {
        const ReadResult<QList<CustomerId>> customers = taskCustomers(store, *tasksDue);
        if (!customers.ok())
            return readFailed(customers.error);
        result = exporter.write(*out, chosen, *customers.value, columns);
    } else if (loyaltyList) {
        result = exporter.write(*out, chosen, loyalty, columns);
    } else {
        result = exporter.write(*out, chosen, filter, columns);
    }
    if (!result.ok()) {
        printError(QStringLiteral("atelier-cli: ") + result.error + u'\n');
        return Failure;
    }
    printOut(
        Cli::tr("Exported %1 customers to %2.").arg(result.rows).arg(QDir::toNativeSeparators(*out)) + u'\n');
    return Success;
}

} // namespace atelier::cli
