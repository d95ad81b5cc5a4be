#pragma once

#include "core/report_period.h"
#include "core/staff_goals.h"
#include "services/background_runner.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace atelier {

class Store;

// The Archive contest tab of Reports (档案评比, seed 003 §8, issue 24), the manager's: for the month the
// period starts in, each clerk's archives registered that month that the manager spot-checked —
// quantity (valid ones), average completeness, validity — and her rank (docs/reports.md, "Archive
// contest"). Unchecked archives never count; a clerk with none checked is listed unranked. "Pick
// archives to check…" draws archives of the month at random. Computed on a worker with its own store.
class ArchiveContestWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveContestWidget(Store &store, QWidget *parent = nullptr);

    // Computes the contest of the month `period` starts in (again).
    void setPeriod(const ReportPeriod &period);
    bool isBusy() const { return m_compute.isRunning(); }
    const QList<ContestRow> &rows() const { return m_rows; }

    static constexpr int defaultSample = 10;

signals:
    void shown();
    void failed(const QString &error);

private:
    void showRows(const QList<ContestRow> &rows);
    void pickArchives();

    Store &m_store;
    BackgroundRunner m_compute;
    QDate m_month;
    QList<ContestRow> m_rows;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_pickButton = nullptr;
};

} // namespace atelier
