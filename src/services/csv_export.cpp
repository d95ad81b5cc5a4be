#include "services/csv_export.h"

#include "core/csv_writer.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

ExportResult CsvExport::write(QIODevice &device, const QStringList &header, const std::function<int()> &count,
    const Rows &rows, const ExportProgress &progress, const char *what)
{
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    try {
        const int total = progress ? count() : 0;
        CsvWriter csv(device);
        csv.writeByteOrderMark();
        csv.writeRow(header);
        rows([&](const QStringList &fields) {
            csv.writeRow(fields);
            ++result.rows;
            if (csv.hasError())
                return false;
            if (progress && result.rows % 1000 == 0 && !progress(result.rows, total)) {
                result.cancelled = true;
                return false;
            }
            return true;
        });
        if (csv.hasError())
            result.error = tr("Could not write the file: %1").arg(device.errorString());
        else if (progress && !result.cancelled)
            progress(result.rows, total);
    } catch (const StorageError &error) {
        result.error = error.userMessage();
    }
    spdlog::info("{}: {} rows in {} ms{}", what, result.rows, timer.elapsed(),
        result.cancelled ? " (cancelled)" : (result.error.isEmpty() ? "" : " (failed)"));
    return result;
}

} // namespace atelier
