#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace atelier {

class ArchivePage;
class CounterPage;
class SettingsPage;
class Store;

// The shell: a navigation list on the left and one page per area on the right. Pages do the work;
// the window only switches between them and shows the store's name.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    CounterPage *counterPage() const { return m_counter; }
    ArchivePage *archivePage() const { return m_archive; }
    SettingsPage *settingsPage() const { return m_settings; }

signals:
    // The user picked another UI language; the owner re-creates the window in it.
    void languageChanged();

private:
    void showStoreName();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    CounterPage *m_counter = nullptr;
    ArchivePage *m_archive = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_storeLabel = nullptr;
};

} // namespace atelier
