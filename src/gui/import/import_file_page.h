#pragma once

#include "gui/import/import_choices.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportFilePage;
}

namespace atelier {

// The wizard's first page: which file, and whether it holds sale lines or customer numbers.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    // `storePath`: the store's own file, refused as a file to import (docs/architecture.md).
    ImportFilePage(ImportChoices &choices, QString storePath, QWidget *parent = nullptr);
    ~ImportFilePage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void describeFile();

    std::unique_ptr<Ui::ImportFilePage> m_ui;
    ImportChoices &m_choices;
    QString m_storePath;
};

} // namespace atelier
