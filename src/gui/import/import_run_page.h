#pragma once

#include "gui/import/import_choices.h"
#include "services/sales_import.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportRunPage;
}

namespace atelier {

class ImportJob;
class Store;

// Checks the whole file without storing anything (a dry run), lists the rejected rows with line and
// reason, lets the manager save them to fix, then imports on a worker thread with progress and a stop
// button. A stop or an error leaves nothing: the engine imports in one transaction.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportRunPage(Store &store, ImportChoices &choices, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // Whether an import of this wizard stored something.
    bool imported() const { return m_imported; }
    // Writes the rejected rows of the last check or import (the button asks for the name first).
    bool saveRejectsTo(const QString &fileName);

signals:
    // A check or an import ended (shown on the page).
    void runFinished();

private:
    enum class Step
    {
        Check,
        Import,
    };
    void start(Step step);
    void stop();
    void finished();
    void showRejected(const QList<RejectedRow> &rows);
    // What a sales or survey check or import came to, before its summary.
    QString outcomeText(SalesImportResult::Outcome outcome, const QString &summary) const;
    void chooseRejectsFile();
    void setRunning(bool running);

    std::unique_ptr<Ui::ImportRunPage> m_ui;
    Store &m_store;
    ImportChoices &m_choices;
    ImportJob *m_job;
    Step m_step = Step::Check;
    bool m_restart = false; // the page was left and entered again while a run was stopping
    bool m_imported = false;
    SalesImportResult m_last; // header and rejected rows of the last run, for the rejects file
};

} // namespace atelier
