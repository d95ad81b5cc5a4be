#pragma once

#include "core/write_result.h"
#include "print/report_tables.h"
#include "services/background_runner.h"

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class ReportsPage;
}

namespace atelier {

class ArchiveContestWidget;
class LostSalesReportWidget;
class ReferralsReportWidget;
class SatisfactionReportWidget;
class Store;

// The manager's reports (customers, sales, loyalty, service, staff) for a chosen period beside the
// period before: one tab each, tables with a chart where a picture reads faster, every table to
// CSV. The figures are computed on a worker (BackgroundRunner) with its own Store on the same file, and each
// report shows as soon as it is ready; the window stays responsive and shows a busy bar meanwhile. When a
// report cannot be read, the page says so in place of the tabs.
// The period shown saves as a PDF (the monthly report), also written on a worker.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(Store &store, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Computes the reports for the chosen period again (the figures may have changed).
    void reload();
    void setPeriod(const ReportPeriod &period); // selects "Custom period" unless it is a listed month
    ReportPeriod period() const;

    bool isBusy() const;
    bool isSavingPdf() const { return m_savingPdf; }
    const QList<ReportSection> &sections() const { return m_sections; }
    // The Referrals tab (issue 23), the last one of a manager's page once the period's reports show.
    ReferralsReportWidget *referralsReport() const { return m_referrals; }
    // The Lost sales tab (issue 23), after Referrals.
    LostSalesReportWidget *lostSalesReport() const { return m_lostSales; }
    // The Satisfaction tab (issue 24), after Lost sales.
    SatisfactionReportWidget *satisfactionReport() const { return m_satisfaction; }
    // The Archive contest tab (issue 24), the last, for the manager.
    ArchiveContestWidget *contestReport() const { return m_contest; }
    // Writes one table as CSV.
    WriteResult exportTable(int section, int table, const QString &fileName) const;
    // Starts writing the report shown as a PDF; pdfSaved() tells how it went. False when no
    // complete report is shown or a PDF is being written already.
    bool savePdf(const QString &fileName);

signals:
    void reportsShown(); // all five reports of the period are shown
    // A report could not be read: no tab is shown, the page says why.
    void reportsFailed(const QString &error);
    void tabsShown(int count); // the first `count` reports are shown, the others still computing
    void pdfSaved(bool written, const QString &error); // error: why it was not written

protected:
    void showEvent(QShowEvent *event) override; // the first time: computes the chosen period

private:
    void periodChosen();
    void showReports(int generation, const ReportSet &reports, int ready);
    void showFailure(int generation, const QString &error);
    void removeTabs();
    void addTabs(int from);
    void drawNextPdfChart();
    void pdfWritten(const QString &fileName, const WriteResult &written, int pages);
    void askSavePdf();
    QWidget *tableBox(int section, int table);
    QPushButton *targetsButton();
    void askExport(int section, int table);

    std::unique_ptr<Ui::ReportsPage> m_ui;
    Store &m_store;
    BackgroundRunner m_compute; // a newer period makes an older computation stale
    int m_generation = 0;
    int m_shownGeneration = 0;
    ReportSet m_reports;
    QList<ReportSection> m_sections;
    // The PDF being written: its charts are drawn on this thread one per event-loop turn.
    QString m_pdfFile;
    ReportSet m_pdfReports;
    QList<ReportTable> m_pdfTables; // in the order of ReportTables::all, as the PDF prints them
    QList<QImage> m_pdfCharts;
    bool m_savingPdf = false; // from the first chart drawn to the file written
    BackgroundRunner m_pdfWriter;
    ReferralsReportWidget *m_referrals = nullptr;
    LostSalesReportWidget *m_lostSales = nullptr;
    SatisfactionReportWidget *m_satisfaction = nullptr;
    ArchiveContestWidget *m_contest = nullptr;
};

} // namespace atelier
