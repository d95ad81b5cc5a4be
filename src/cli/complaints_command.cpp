#include "cli/commands.h"

#include "core/response_deadline.h"
#include "core/stored_time.h"
#include "services/complaint_service.h"
#include "services/service_settings.h"
#include "services/store.h"

namespace atelier::cli {

namespace {

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

int runComplaints(CommandLine &line, const QString &databasePath)
{
    const bool openOnly = line.takeFlag(QStringLiteral("open"));
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    const ServiceRules rules = store.serviceSettings().rules();
    const QDateTime now = store.clock().now();
    ComplaintFilter filter;
    filter.openOnly = openOnly;
    // Open ones in the order the complaints page shows them (most urgent first), all of them newest first.
    const ReadResult<QList<ComplaintRow>> read
        = openOnly ? store.complaints().openByUrgency() : store.complaints().list(filter);
    if (!read.ok())
        return readFailed(read.error);
    const QList<ComplaintRow> &rows = *read.value;

    // Codes and a fixed header in every language: this output is for scripts (docs/cli.md).
    QString text
        = QStringLiteral("id,received_at,customer_id,channel,category,severity,state,responsible_id,"
                         "due_at,overdue,style_number,resolution,resolution_fen,satisfaction,closed_at\n");
    for (const ComplaintRow &row : rows) {
        const Complaint &c = row.complaint;
        const std::optional<QDateTime> due = currentDeadline(c, rules);
        const QStringList fields{QString::number(c.id), toStoredText(c.receivedAt),
            optionalNumber(c.customer), toCode(c.channel), toCode(c.category), toCode(c.severity),
            toCode(c.state), optionalNumber(c.responsible), due ? toStoredText(*due) : QString(),
            due && *due < now ? QStringLiteral("1") : QStringLiteral("0"), c.styleNumber,
            toCode(c.resolution), QString::number(c.resolutionValue.fen()),
            c.satisfaction ? QString::number(*c.satisfaction) : QString(), toStoredText(c.closedAt)};
        text += csvLine(fields);
    }
    printOut(text);
    return Success;
}

} // namespace atelier::cli
