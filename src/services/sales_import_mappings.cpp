#include "services/sales_import.h"

#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

WriteResult SalesImport::saveMapping(const QString &name, const ImportMapping &mapping)
{
    try {
        Transaction transaction(m_database.connection());
        ImportRepository(m_database.connection()).saveMapping(name, mapping.toSpec(), m_clock.now());
        transaction.commit();
        ChangeNotifier::post(Change::What::Settings);
        return WriteResult::success();
    } catch (const StorageError &e) {
        spdlog::error("import mapping not saved: {}", e.detail().toStdString());
        return WriteResult::failure(e.userMessage());
    }
}

ReadResult<std::optional<ImportMapping>> SalesImport::mapping(const QString &name) const
{
    const ReadResult<std::optional<QString>> spec = tryRead<std::optional<QString>>(
        "import mapping", [&] { return ImportRepository(m_database.connection()).mappingSpec(name); });
    if (!spec.ok())
        return {std::nullopt, spec.error};
    ReadResult<std::optional<ImportMapping>> result;
    if (!*spec.value) {
        result.value.emplace(std::nullopt); // no mapping has the name: read, and found nothing
        return result;
    }
    // A stored spec that no longer parses (edited by hand, or from a version with other fields) must
    // not import with a guess: the person is told, as for a failed read.
    const ParsedMapping parsed = ImportMapping::parse(**spec.value);
    if (!parsed.ok()) {
        spdlog::error("import mapping {} does not parse: {}", name.toStdString(), parsed.error.toStdString());
        result.error = tr("The saved mapping \"%1\" cannot be used: %2").arg(name, parsed.error);
        return result;
    }
    result.value.emplace(parsed.mapping);
    return result;
}

ReadResult<QStringList> SalesImport::mappingNames() const
{
    return tryRead<QStringList>(
        "import mappings", [&] { return ImportRepository(m_database.connection()).mappingNames(); });
}

} // namespace atelier
