#pragma once

#include "core/import_mapping.h"
#include "services/import_preview.h"

#include <QString>

namespace atelier {

enum class ImportKind
{
    Sales, // sale lines of receipts
    CustomerLinks, // phone ↔ till customer number
    Surveys, // satisfaction survey results (issue 24): columns found by their names, no mapping page
};

// What the manager chose on the wizard's pages so far, read by the later pages.
struct ImportChoices
{
    QString path;
    ImportKind kind = ImportKind::Sales;
    ImportPreview preview; // read with the chosen encoding and delimiter; holds the header
    ImportMapping mapping; // sales
    QString phoneColumn; // customer links
    QString idColumn;
    QString nameColumn; // empty: nobody is registered
};

} // namespace atelier
