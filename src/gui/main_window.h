#pragma once

#include "core/customer.h"
#include "core/nightly_run.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QProgressBar;

namespace atelier {

class ArchivePage;
class CampaignsPage;
class CalendarPage;
class ComplaintsPage;
class CounterPage;
class PredictionPage;
class NightlyRunner;
class ReportsPage;
class SettingsPage;
class Store;
class TiersPage;

// The shell: a navigation list on the left and one page per area on the right. Pages do the work;
// the window only switches between them and shows the store's name.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The app passes its one NightlyRunner, which outlives a window re-created for a language switch;
    // without one the window makes its own (tests, screenshots).
    explicit MainWindow(Store &store, NightlyRunner *runner = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CounterPage *counterPage() const { return m_counter; }
    CalendarPage *calendarPage() const { return m_calendar; }
    ComplaintsPage *complaintsPage() const { return m_complaints; }
    ArchivePage *archivePage() const { return m_archive; }
    TiersPage *tiersPage() const { return m_tiers; }
    PredictionPage *forecastsPage() const { return m_forecasts; }
    CampaignsPage *campaignsPage() const { return m_campaigns; }
    ReportsPage *reportsPage() const { return m_reports; }
    SettingsPage *settingsPage() const { return m_settings; }
    NightlyRunner &nightlyRunner() const { return *m_runner; }
    // Brings a page forward as if its entry in the navigation list had been clicked.
    void showPage(QWidget *page);
    // The navigation row on show, and bringing a row's page forward again: a window re-created in
    // another language opens where its person was (the Settings page, where the switch is made).
    // A row this person may not see leaves the counter in front.
    int currentPage() const;
    void showPageAt(int row);
    // Where the window was on this computer when it last closed (QSettings, like the UI language);
    // at first start, the whole available screen. Before show().
    void restorePlacement();
    // On close, and by the app before a language switch re-creates the window.
    void savePlacement() const;

signals:
    // The user picked another UI language; the owner re-creates the window in it.
    void languageChanged();
    void lockTimeChanged(int minutes); // 0: never

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyRole();
    void showStoreName();
    // A customer chosen on another page, shown on the card.
    void openOnCounter(CustomerId id);
    void showRunStarted();
    void showRunFinished(const NightlyRun &run);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    CounterPage *m_counter = nullptr;
    CalendarPage *m_calendar = nullptr;
    ComplaintsPage *m_complaints = nullptr;
    ArchivePage *m_archive = nullptr;
    TiersPage *m_tiers = nullptr;
    PredictionPage *m_forecasts = nullptr;
    CampaignsPage *m_campaigns = nullptr;
    ReportsPage *m_reports = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_storeLabel = nullptr;
    NightlyRunner *m_runner = nullptr;
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_runProgress = nullptr;
};

} // namespace atelier
