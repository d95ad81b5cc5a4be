#pragma once

#include "gui/import/import_choices.h"

#include <QWizard>

namespace atelier {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class Store;

// "Import from till…": file, preview with encoding and delimiter, column mapping, then a check and the
// import on a worker thread. Everything is stored in one transaction or not at all (docs/import.md).
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        RunPageId,
    };

    explicit ImportWizard(Store &store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Whether an import stored something: the caller reloads what shows sales and customers.
    bool imported() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportRunPage *runPage() const { return m_runPage; }

private:
    ImportChoices m_choices;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportRunPage *m_runPage;
};

} // namespace atelier
