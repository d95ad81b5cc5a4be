#pragma once

#include "gui/import/import_choices.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportPreviewPage;
}

namespace atelier {

// The first rows of the file as they will be read, with the detected encoding and delimiter, which the
// manager can change. Only the start of the file is read, however large it is. Next stays disabled for
// a file that cannot be imported (empty, header only, not text), with the reason.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPreviewPage(ImportChoices &choices, QWidget *parent = nullptr);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // Survey results need no mapping: their columns are found by name (docs/import.md).
    int nextId() const override;

private:
    void reread();
    void showPreview(const ImportPreview &preview);

    std::unique_ptr<Ui::ImportPreviewPage> m_ui;
    ImportChoices &m_choices;
};

} // namespace atelier
