#include "services/sales_import.h"

#include "core/csv_writer.h"

namespace atelier {

bool SalesImport::writeRejects(const SalesImportResult &result, QIODevice &device)
{
    CsvWriter writer(device);
    writer.writeByteOrderMark();
    writer.writeRow(QStringList(result.header) << QStringLiteral("line") << QStringLiteral("reason"));
    for (const RejectedRow &row : result.rejected)
        writer.writeRow(QStringList(row.fields) << QString::number(row.line) << row.reason);
    return !writer.hasError();
}

QString SalesImport::summary(const SalesImportResult &r)
{
    QString text = tr("%1 rows read (%2, delimiter \"%3\"): %4 sale lines in %5 new sales, %6 returns; "
                      "%7 already imported; %8 rejected; %9 lines without a known customer.")
                       .arg(r.rowsRead)
                       .arg(TextEncodings::name(r.encoding),
                           r.delimiter == u'\t' ? QStringLiteral("\\t") : QString(r.delimiter))
                       .arg(r.linesImported)
                       .arg(r.salesCreated)
                       .arg(r.returnsImported)
                       .arg(r.alreadyImported)
                       .arg(r.rejectedCount)
                       .arg(r.linesWithoutCustomer);
    if (r.rejectedCount > r.rejected.size())
        text += u' '
            + tr("Only the first %1 rejected rows are listed; so many usually means a wrong column mapping "
                 "or encoding.")
                  .arg(r.rejected.size());
    if (!r.error.isEmpty())
        text += u' ' + r.error;
    return text;
}

} // namespace atelier
