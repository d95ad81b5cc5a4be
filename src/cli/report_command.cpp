#include "cli/commands.h"

#include "print/monthly_report_pdf.h"
#include "services/reports.h"
#include "services/store.h"
#include "services/store_files.h"
#include "services/store_settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier::cli {

int runReport(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> monthText = line.require(QStringLiteral("month"));
    const std::optional<QString> out = line.require(QStringLiteral("out"));
    std::optional<ReportPeriod> month;
    if (monthText) {
        month = ReportPeriod::parseMonth(*monthText);
        if (!month && !line.failed())
            line.fail(
                Cli::tr("The month must be written YYYY-MM, e.g. 2026-05, not \"%1\".").arg(*monthText));
    }
    if (!line.finish())
        return badInput(line.error());
    if (const QString refused = StoreFiles::refusal(databasePath, *out); !refused.isEmpty())
        return badInput(refused);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        printError(
            QStringLiteral("atelier-cli: ") + Cli::tr("The report needs the drawing support.") + u'\n');
        return Failure;
    }

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    QElapsedTimer timer;
    timer.start();
    // No PDF of zeros: a report that could not be read writes no file at all.
    const ReadResult<ReportSet> reports = store.reports().all(*month);
    if (!reports.ok())
        return readFailed(reports.error);
    MonthlyReportPdf pdf(store.settings().storeName(), *reports.value);
    const WriteResult written = pdf.write(*out);
    if (!written.ok()) {
        printError(QStringLiteral("atelier-cli: ") + written.error + u'\n');
        return Failure;
    }
    spdlog::info("monthly report {} written: {} pages in {} ms", month->label().toStdString(),
        pdf.pageCount(), timer.elapsed());
    printOut(Cli::tr("Wrote the report for %1 (%2 pages) to %3.")
                 .arg(month->label())
                 .arg(pdf.pageCount())
                 .arg(QDir::toNativeSeparators(*out))
        + u'\n');
    return Success;
}

} // namespace atelier::cli
