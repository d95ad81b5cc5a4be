#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/keyset_page.h"
#include "core/read_result.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace atelier {

class Database;

// The manager's archive: keyset-paged reads for the lazy list, and the CSV export of the current list.
// Safe to use from a worker thread with that thread's own Database.
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveService)
public:
    explicit ArchiveService(Database &db);

    // Reads that fail say so (and log why) instead of giving an empty list. The flag and the filter
    // "Recorded without consent" are the manager's (Permission::ChangeRules, who sets the policy):
    // for anyone else the filter is ignored and no row is flagged.
    ReadResult<int> count(const ArchiveFilter &filter);
    // Keyset paging: up to `limit` rows after `after` (nullopt: the first page).
    ReadResult<KeysetPage<ArchiveRow>> page(const ArchiveFilter &filter, ArchiveSort sort,
        Qt::SortOrder order, const std::optional<PageCursor> &after, int limit);

    // The header row, in the UI language.
    static QStringList exportHeader();
    static QStringList exportFields(const ArchiveRow &row);

    // RFC 4180 CSV, UTF-8 with BOM. `progress(done, total)` returning false cancels.
    ExportResult exportCsv(
        QIODevice &device, const ArchiveFilter &filter, const ExportProgress &progress = {});

    bool seesConsentFlag() const;

private:
    ArchiveFilter allowed(const ArchiveFilter &filter) const;

    Database &m_db;
};

} // namespace atelier
