#pragma once

#include "gui/import/import_choices.h"

#include <QList>
#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportMappingPage;
}

namespace atelier {

class Store;

// Which column of the file holds which field: one combo per field, pre-filled from the header names or
// from a mapping saved for this till, and saved under a name for next time. For a file of customer
// numbers, just the phone and the till number columns.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(Store &store, ImportChoices &choices, QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool validatePage() override;

    // The combo of a field (sales), for tests and the screenshots.
    QComboBox *fieldCombo(ImportField field) const;
    QComboBox *phoneCombo() const { return m_phoneCombo; }
    QComboBox *idCombo() const { return m_idCombo; }
    QComboBox *nameCombo() const { return m_nameCombo; }

private:
    void clearFields();
    QComboBox *addColumnCombo(const QString &label, const QString &objectName, const QString &column);
    void applySaved(int index);
    static void choose(QComboBox *combo, const QString &column);
    ImportMapping chosenMapping() const;

    std::unique_ptr<Ui::ImportMappingPage> m_ui;
    Store &m_store;
    ImportChoices &m_choices;
    QList<QComboBox *> m_fieldCombos; // in ImportField order (sales)
    QComboBox *m_phoneCombo = nullptr;
    QComboBox *m_idCombo = nullptr;
    QComboBox *m_nameCombo = nullptr;
};

} // namespace atelier
