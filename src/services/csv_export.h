#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace atelier {

struct ExportResult
{
    int rows = 0;
    QString error; // empty on success
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// (rows written, rows in all) every 1000 rows and at the end; false cancels.
using ExportProgress = std::function<bool(int done, int total)>;

// The one loop behind every list export: UTF-8 with BOM, the header, then the rows a source feeds
// in, with progress, cancel, a write error that stops at once and a storage error that becomes a
// sentence. Lists differ only in how they count and stream their rows.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    using Row = std::function<bool(const QStringList &fields)>; // false: stop
    using Rows = std::function<void(const Row &write)>;

    // `count` is asked only when there is a progress callback; `what` names the list in the log.
    static ExportResult write(QIODevice &device, const QStringList &header, const std::function<int()> &count,
        const Rows &rows, const ExportProgress &progress, const char *what);
};

} // namespace atelier
