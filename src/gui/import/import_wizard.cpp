#include "gui/import/import_wizard.h"

#include "gui/import/import_file_page.h"
#include "gui/import/import_mapping_page.h"
#include "gui/import/import_preview_page.h"
#include "gui/import/import_run_page.h"
#include "services/store.h"

namespace atelier {

ImportWizard::ImportWizard(Store &store, QWidget *parent)
    : QWizard(parent)
    , m_filePage(new ImportFilePage(m_choices, store.path(), this))
    , m_previewPage(new ImportPreviewPage(m_choices, this))
    , m_mappingPage(new ImportMappingPage(store, m_choices, this))
    , m_runPage(new ImportRunPage(store, m_choices, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from till"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::imported() const
{
    return m_runPage->imported();
}

} // namespace atelier
