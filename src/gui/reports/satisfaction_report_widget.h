#pragma once

#include "services/background_runner.h"
#include "services/satisfaction.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace atelier {

class Store;

// The Satisfaction tab of Reports (满意度, issue 24): the store's satisfaction rate — the share of
// scores of 4 or 5 — over the period, month by month with the number of scores and their average, and
// per clerk the scores are about (docs/reports.md, "Satisfaction"). Computed on a worker with its own
// store; a newer period makes an older computation stale.
class SatisfactionReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SatisfactionReportWidget(Store &store, QWidget *parent = nullptr);

    void setPeriod(const ReportPeriod &period);
    bool isBusy() const { return m_compute.isRunning(); }
    const SatisfactionReport &report() const { return m_report; }

    // "80.0%", or a dash without scores.
    static QString rateText(const SatisfactionFigures &figures);

signals:
    void shown();
    void failed(const QString &error);

private:
    void showReport(const SatisfactionReport &report);
    static void fillRow(
        QTableWidget *table, int row, const QString &first, const SatisfactionFigures &figures);

    Store &m_store;
    BackgroundRunner m_compute;
    SatisfactionReport m_report;
    QLabel *m_summary = nullptr;
    QTableWidget *m_months = nullptr;
    QTableWidget *m_clerks = nullptr;
};

} // namespace atelier
