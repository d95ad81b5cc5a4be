#pragma once

#include "services/background_runner.h"
#include "services/backup_service.h"

#include <QWidget>

#include <chrono>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace atelier {

class Store;

// The manager's Settings tab for backups: the copies made so far (date, kind, size, full check),
// the folder and how many to keep, "Back up now" and "Restore…". Both run on a worker (BackgroundRunner)
// with its own connection and are not cancelled: quitting waits for them. A restore first stops every
// other background job and refuses new ones, and ends with Atelier restarting on the restored file.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    // Asked before a restore with the sentence to confirm; the app asks with a message box.
    using Confirm = std::function<bool(const QString &question)>;
    // Called once the restored file is in place; the app restarts itself, tests record it.
    using Restart = std::function<void()>;
    // The app's exit code that asks main() to start Atelier again (after a restore).
    static constexpr int restartExitCode = 75;
    // How long a restore waits for the other background work to stop before it gives up.
    static constexpr std::chrono::milliseconds otherWorkBound = std::chrono::seconds(10);

    explicit BackupsPage(Store &store, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setRestart(Restart restart) { m_restart = std::move(restart); }

    void reload();
    void backUpNow();
    void restoreSelected();
    bool isBusy() const { return m_runner.isRunning(); }

signals:
    void backupFinished(bool ok);
    void restoreFinished(bool ok);

private:
    void saveSettings();
    void setManagedByAdministrator(bool managed);
    // What this computer cannot do for a server store, said on the page instead of pretending.
    QString serverNotice() const;
    void copied(const BackupResult &result);
    void checked(const BackupResult &result);
    void prepared(const RestoreResult &result);
    void workerDone();
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy, const QString &what = QString());
    void updateButtons();
    void showCopies(); // the list of copies, read again

    Store &m_store;
    QList<BackupRecord> m_records;
    Confirm m_confirm;
    Restart m_restart;
    BackgroundRunner m_runner;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepMonthly = nullptr;
    QCheckBox *m_managed = nullptr; // a server store only
    QPushButton *m_saveButton = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace atelier
