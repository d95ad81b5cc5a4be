#pragma once

#include "core/audit.h"
#include "core/keyset_page.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace atelier {

// audit_log: the append-only trail. This class can add an entry and read entries; it has no way to
// change or remove one, and the table's triggers refuse UPDATE and DELETE from anywhere else.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    // Returns the new entry's id.
    qint64 append(const AuditEntry &entry);

    // Newest first; `after` continues after the last row already shown (keyset paging by id).
    KeysetPage<AuditEntry> page(const AuditFilter &filter, const std::optional<PageCursor> &after, int limit);
    int count(const AuditFilter &filter);
    // Oldest first, for a file; `visit` returning false stops.
    void forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit);
    // Everyone who appears in the trail, for the viewer's "who" choice.
    QStringList actorNames();

private:
    QSqlDatabase m_db;
};

} // namespace atelier
