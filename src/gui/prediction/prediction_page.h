#pragma once

#include "core/customer.h"
#include "core/export_columns.h"
#include "core/prediction.h"
#include "services/background_runner.h"
#include "services/prediction_service.h"

#include <QWidget>

#include <optional>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;

namespace atelier {

class ColumnChooserDialog;
class CustomerExportFlow;
class ForecastListModel;
class Store;

// The manager's forecasts (docs/prediction.md): three lists a manager asks about (valuable customers
// at risk, likely to buy this week, lapsed), each with the rule of who is on it, the first rows of
// the chosen list (double-click: to the counter), its export in full, how the chance of still being a
// customer falls with the months since the last purchase, and which fit the numbers come from.
// Everything is read from the last nightly run's stored forecasts on a worker thread with its own
// connection: a whole list's ids (for the count and the export) on a 100 000-customer store take
// longer than a click should.
class PredictionPage : public QWidget
{
    Q_OBJECT
public:
    // At most this many rows are shown; the export writes the whole list.
    static constexpr int rowsShown = 500;

    explicit PredictionPage(Store &store, QWidget *parent = nullptr);

    ForecastListModel *model() const { return m_model; }
    PredictionList currentList() const;
    void setCurrentList(PredictionList list);
    // The list's customers, all of them, in its order (what the export writes).
    int totalCount() const { return static_cast<int>(m_ids.size()); }
    // Points of the chart: months since the last purchase, mean chance in percent.
    QLineSeries *aliveSeries() const { return m_series; }

    // Reads the fit, the chart and the chosen list again (on a worker; isReading() until shown).
    void refresh();
    bool isReading() const { return m_shownGeneration != m_generation; }
    // After a nightly run or a change of role: at once if seen, otherwise when next shown.
    void refreshWhenShown();
    // Export…: the column chooser, then the file; the chooser it opens is returned.
    ColumnChooserDialog *chooseExport();
    // Writes the whole list at once in these columns (the suffix decides the format).
    void exportTo(const QString &fileName, const QList<ExportColumn> &columns);

signals:
    void openOnCounter(atelier::CustomerId id);
    void shown(); // a read has arrived and is on screen
    void exportFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What one read brings back from the worker.
    struct Read
    {
        QString error;
        ReadResult<std::optional<PredictionFit>> fit;
        ReadResult<std::vector<AliveByRecency>> chart;
        ForecastList list;
        std::vector<CustomerId> ids;
    };

    void setUpChart();
    void present(int generation, Read read);
    void showFit(const ReadResult<std::optional<PredictionFit>> &read);
    void showChart(const ReadResult<std::vector<AliveByRecency>> &bands);
    void showList(Read &read);

    Store &m_store;
    ForecastListModel *m_model = nullptr;
    QComboBox *m_listCombo = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QLabel *m_fitLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_exportStatus = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    CustomerExportFlow *m_export = nullptr;
    std::vector<CustomerId> m_ids;
    BackgroundRunner m_reader; // a newer list makes an older read stale
    int m_generation = 0; // of the last read asked for …
    int m_shownGeneration = 0; // … and of the last one shown
    bool m_stale = true; // read again when next shown
};

} // namespace atelier
