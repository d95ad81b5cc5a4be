#pragma once

#include "core/lost_sale.h"
#include "core/report_period.h"
#include "services/background_runner.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QMessageBox;

namespace Ui {
class LostSalesReportWidget;
}

namespace atelier {

class Store;

// The Lost sales tab of Reports (缺货登记 / 未成交原因, issue 23): the period's lost sales by style (or
// category), size and reason with counts, most first, for buying decisions, and "Mark arrived…" for
// the selected style and size, which first says how many customers will get an "It's in" task
// (docs/reports.md, "Lost sales"). The report is read on a worker with its own store.
class LostSalesReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LostSalesReportWidget(Store &store, QWidget *parent = nullptr);
    ~LostSalesReportWidget() override;

    // Reads the period's lost sales (again).
    void setPeriod(const ReportPeriod &period);
    bool isBusy() const { return m_compute.isRunning() || m_mark.isRunning(); }
    const QList<LostSaleCount> &rows() const { return m_rows; }
    // The question "Mark … as arrived?" while it is open (tests answer it).
    QMessageBox *confirmation() const;

signals:
    void shown(); // the rows of the latest period are on screen
    void failed(const QString &error);
    void arrivalMarked(int wishes, int tasks);

private:
    void showRows(const QList<LostSaleCount> &rows);
    void selectionChanged();
    void askMarkArrived();
    void markArrived(const Arrival &arrival);
    std::optional<Arrival> selectedArrival() const;

    std::unique_ptr<Ui::LostSalesReportWidget> m_ui;
    Store &m_store;
    BackgroundRunner m_compute;
    BackgroundRunner m_mark;
    ReportPeriod m_period;
    QList<LostSaleCount> m_rows;
    QString m_notice; // what the last arrival did, shown with the rows read after it
    QPointer<QMessageBox> m_confirmation;
};

} // namespace atelier
