#include "services/sales_import.h"

#include "services/change_notifier.h"
#include "services/read_or.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

bool SalesImport::saveMapping(const QString &name, const ImportMapping &mapping)
{
    try {
        Transaction transaction(m_database.connection());
        ImportRepository(m_database.connection()).saveMapping(name, mapping.toSpec(), m_clock.now());
        transaction.commit();
        ChangeNotifier::post(Change::What::Settings);
        return true;
    } catch (const StorageError &e) {
        spdlog::error("import mapping not saved: {}", e.detail().toStdString());
        return false;
    }
}

std::optional<ImportMapping> SalesImport::mapping(const QString &name) const
{
    const std::optional<QString> spec = readOr<std::optional<QString>>(
        "import mapping", [&] { return ImportRepository(m_database.connection()).mappingSpec(name); });
    return spec ? ImportMapping::parse(*spec) : std::nullopt;
}

QStringList SalesImport::mappingNames() const
{
    return readOr<QStringList>(
        "import mappings", [&] { return ImportRepository(m_database.connection()).mappingNames(); });
}

} // namespace atelier
