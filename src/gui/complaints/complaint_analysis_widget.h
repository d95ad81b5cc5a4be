#pragma once

#include "services/background_runner.h"
#include "services/complaint_analysis.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ComplaintAnalysisWidget;
}

class QChartView;
class QStandardItemModel;

namespace atelier {

class Store;

// The manager's complaint analysis (the Analysis tab of the complaints page): for a period, the
// counts by category, product, clerk and month, the median times to respond and to close, the
// satisfaction scores of the call-backs, and a chart of the complaints of the last 12 months. The
// figures are read on a worker (BackgroundRunner); analysed() follows when they are shown, or when the
// widget says in their place that they could not be read.
class ComplaintAnalysisWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintAnalysisWidget(Store &store, QWidget *parent = nullptr);
    ~ComplaintAnalysisWidget() override;

    void setPeriod(const QDate &from, const QDate &to);
    const ComplaintFigures &figures() const { return m_figures; }
    bool readFailed() const { return m_readFailed; }

    // Reads the figures of the chosen period in the background; a newer request replaces an older one.
    void analyse();
    bool isAnalysing() const { return m_reader.isRunning(); }

    // "45 min", "3 h 20 min", "2 d 4 h"; "—" when there is nothing to measure.
    static QString durationText(std::optional<double> minutes);

signals:
    void analysed();

private:
    void showFigures(const ComplaintFigures &figures);
    void showFailure(const QString &error);
    void setFiguresVisible(bool visible);
    void showCounts(QStandardItemModel *model, const QString &what, const QList<ComplaintCount> &counts,
        const std::function<QString(const ComplaintCount &)> &label);
    void showTrend();

    std::unique_ptr<Ui::ComplaintAnalysisWidget> m_ui;
    Store &m_store;
    ComplaintFigures m_figures;
    bool m_readFailed = false;
    QStandardItemModel *m_categories = nullptr;
    QStandardItemModel *m_styles = nullptr;
    QStandardItemModel *m_clerks = nullptr;
    QStandardItemModel *m_months = nullptr;
    QChartView *m_chart = nullptr;
    BackgroundRunner m_reader;
};

} // namespace atelier
