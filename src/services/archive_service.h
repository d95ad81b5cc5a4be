#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace atelier {

class Database;

// The manager's archive: paged reads for the lazy list, and the CSV export of the current list.
// Safe to use from a worker thread with that thread's own Database.
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveService)
public:
    explicit ArchiveService(Database &db);

    int count(const ArchiveFilter &filter);
    QList<ArchiveRow> page(
        const ArchiveFilter &filter, ArchiveSort sort, Qt::SortOrder order, int offset, int limit);
    QList<Tag> tagLibrary();

    // The header row, in the UI language.
    static QStringList exportHeader();
    static QStringList exportFields(const ArchiveRow &row);

    // RFC 4180 CSV, UTF-8 with BOM. `progress(done, total)` returning false cancels.
    ExportResult exportCsv(
        QIODevice &device, const ArchiveFilter &filter, const ExportProgress &progress = {});

private:
    Database &m_db;
};

} // namespace atelier
