#pragma once

#include "gui/settings/copy_backup_dialog.h"
#include "services/background_runner.h"
#include "services/backup_copier.h"
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
// "Copy a backup to…" writes a backup to a USB stick or any folder, encrypted unless the manager says
// otherwise (CopyBackupDialog, BackupCopier), on a worker with progress and Cancel; "Restore from a
// file…" (a store in a file) restores such a copy, asking for its passphrase when it is encrypted.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    // Asked before a restore with the sentence to confirm; the app asks with a message box.
    using Confirm = std::function<bool(const QString &question)>;
    // Called once the restored file is in place; the app restarts itself, tests record it.
    using Restart = std::function<void()>;
    // Asks which file to restore from; the app shows a file dialog, tests answer.
    using ChooseFile = std::function<QString()>;
    // The app's exit code that asks main() to start Atelier again (after a restore).
    static constexpr int restartExitCode = 75;
    // How long a restore waits for the other background work to stop before it gives up.
    static constexpr std::chrono::milliseconds otherWorkBound = std::chrono::seconds(10);

    explicit BackupsPage(Store &store, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setRestart(Restart restart) { m_restart = std::move(restart); }
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }

    void reload();
    void backUpNow();
    void restoreSelected();
    void copyBackup(); // opens CopyBackupDialog; the copy starts when it is accepted
    void restoreFromFile();
    bool isBusy() const { return m_runner.isRunning() || m_copyRunner.isRunning(); }

signals:
    void backupFinished(bool ok);
    void restoreFinished(bool ok);
    void copyFinished(bool ok);

private:
    void saveSettings();
    void setManagedByAdministrator(bool managed);
    // What this computer cannot do for a server store, said on the page instead of pretending.
    QString serverNotice() const;
    void copied(const BackupResult &result);
    void checked(const BackupResult &result);
    void prepared(const RestoreResult &result);
    void startCopy(const BackupCopyRequest &request);
    void copyDone(const BackgroundResult<CopierResult> &result, bool encrypted);
    void startRestore(const std::function<RestoreResult(BackgroundJob &)> &prepare, const QString &what);
    void restoreFile(const QString &path, const QString &passphrase);
    void showProgress(const BackgroundProgress &progress);
    void workerDone();
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy, const QString &what = QString());
    void updateButtons();
    void showCopies(); // the list of copies, read again

    Store &m_store;
    QList<BackupRecord> m_records;
    Confirm m_confirm;
    Restart m_restart;
    ChooseFile m_chooseFile;
    BackgroundRunner m_runner;
    BackgroundRunner m_copyRunner; // a copy may be cancelled, unlike a backup or a restore
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepMonthly = nullptr;
    QCheckBox *m_managed = nullptr; // a server store only
    QPushButton *m_saveButton = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_restoreFileButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace atelier
