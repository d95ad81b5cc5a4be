#pragma once

#include "core/referral.h"
#include "services/background_runner.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace atelier {

class Store;

// The Referrals tab of Reports (老带新, issue 23): the share of the period's new customers who came by
// referral beside the period before, the same share for each of the twelve months up to the period's
// end, and the referrers who brought most buyers (docs/reports.md, "Referrals"). Computed on a worker
// with its own store; a newer period makes an older computation stale.
class ReferralsReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReferralsReportWidget(Store &store, QWidget *parent = nullptr);

    // Computes the figures of the period (again).
    void setPeriod(const ReportPeriod &period);
    bool isBusy() const { return m_compute.isRunning(); }
    const ReferralFigures &figures() const { return m_figures; }

    static constexpr int topShown = 10;

signals:
    void shown(); // the figures of the latest period are on screen
    void failed(const QString &error);

private:
    void showFigures(const ReferralFigures &figures);
    static QString rateText(const ReferralRate &rate);

    Store &m_store;
    BackgroundRunner m_compute;
    ReferralFigures m_figures;
    QLabel *m_rate = nullptr;
    QTableWidget *m_months = nullptr;
    QTableWidget *m_top = nullptr;
};

} // namespace atelier
