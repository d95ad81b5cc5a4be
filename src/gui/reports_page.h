#pragma once

#include "gui/report_tables.h"

#include <QWidget>

#include <memory>

class QThread;

namespace Ui {
class ReportsPage;
}

namespace atelier {

class Store;

// The manager's reports (customers, sales, loyalty, service, staff) for a chosen period beside the
// period before: one tab each, tables with a chart where a picture reads faster, every table to
// CSV. The figures are computed on a worker thread with its own Store on the same file; the window
// stays responsive and shows a busy bar meanwhile.
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
    const QList<ReportSection> &sections() const { return m_sections; }
    // Writes one table as CSV; an error message, or empty when written.
    QString exportTable(int section, int table, const QString &fileName) const;

signals:
    void reportsShown();

protected:
    void showEvent(QShowEvent *event) override; // the first time: computes the chosen period

private:
    void periodChosen();
    void showReports(int generation, const ReportSet &reports);
    void rebuildTabs();
    QWidget *tableBox(int section, int table);
    void askExport(int section, int table);

    std::unique_ptr<Ui::ReportsPage> m_ui;
    Store &m_store;
    QList<QThread *> m_workers; // the newest last; older ones finish and are ignored
    int m_generation = 0;
    ReportPeriod m_shownPeriod;
    QList<ReportSection> m_sections;
};

} // namespace atelier
