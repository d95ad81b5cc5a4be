#pragma once

#include "core/customer.h"
#include "core/export_columns.h"
#include "core/loyalty_query.h"
#include "core/nightly_run.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace Ui {
class TiersPage;
}

namespace atelier {

class ColumnChooserDialog;
class CustomerExportFlow;
class DistributionModel;
class LoyaltyCustomersModel;
class NamedSegmentModel;
class NightlyRunner;
class NightlyRunsModel;
class Store;
class SmsExportDialog;
class TierMovementModel;

// The manager's view of the loyalty engine: how customers spread over tiers and segments (and
// who is behind each cell, exported to CSV or XLSX in the chosen columns), who moved in the last run, the
// rulebook, and the history of runs. "Recompute now" starts the app's one NightlyRunner; the page follows any
// run, whoever started it, and reads everything again when it ends. A part that cannot be read says so in
// place of its figures.
class TiersPage : public QWidget
{
    Q_OBJECT
public:
    TiersPage(Store &store, NightlyRunner &runner, QWidget *parent = nullptr);
    ~TiersPage() override;

    DistributionModel *distributionModel() const { return m_distribution; }
    NamedSegmentModel *namedModel() const { return m_named; }
    LoyaltyCustomersModel *customersModel() const { return m_customers; }
    TierMovementModel *movementModel() const { return m_movement; }
    NightlyRunsModel *runsModel() const { return m_runs; }

    // Reads the distribution, the last run's movement and the run history again.
    void refresh();
    // Lists the customers of a cell (what a click on the grid or a named segment does).
    void showCustomersOf(const LoyaltyFilter &filter);
    // Starts the export of the listed customers to fileName in all columns, as its suffix says;
    // Export… asks for the columns, the format and the name first (the chooser it opens is returned).
    void exportCsvTo(const QString &fileName);
    void exportTo(const QString &fileName, const QList<ExportColumn> &columns);
    ColumnChooserDialog *chooseExport();
    // The dialog that exports the listed customers for a bulk-SMS platform (nullptr without a list);
    // the button opens it modal.
    SmsExportDialog *smsExportDialog();
    // Recomputes as of today, so that today's sales so far count.
    void recomputeNow();

signals:
    void openOnCounter(atelier::CustomerId id);
    void exportFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpViews();
    // Sizes the columns to their contents and keeps the view at least that wide; returns the width.
    static int fitWidth(QTableView *view);
    // Shows sentence.arg(error) in label, or hides label when error is empty (the read worked).
    static void showReadError(QLabel *label, const QString &sentence, const QString &error);
    QString lastRunUnread() const;
    void showAsOf();
    void showMovement();
    void showCellCount(int total);
    void showMovementCount();
    QString describe(const LoyaltyFilter &filter) const;
    void showMeasuredBand();
    void loadRules();
    void saveRules();
    void showRulesNote();
    void runStarted();
    void runProgress(int percent, const QString &step);
    void runFinished(const NightlyRun &run);

    std::unique_ptr<Ui::TiersPage> m_ui;
    Store &m_store;
    NightlyRunner &m_runner;
    DistributionModel *m_distribution = nullptr;
    NamedSegmentModel *m_named = nullptr;
    LoyaltyCustomersModel *m_customers = nullptr;
    TierMovementModel *m_movement = nullptr;
    NightlyRunsModel *m_runs = nullptr;
    CustomerExportFlow *m_export = nullptr;
    std::optional<NightlyRun> m_lastRun;
    QString m_lastRunError; // set when the last run could not be read (m_lastRun is then empty)
    bool m_stale = true; // read again when next shown
};

} // namespace atelier
