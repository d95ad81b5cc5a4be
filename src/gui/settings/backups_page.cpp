#include "gui/settings/backups_page.h"

#include "core/display_format.h"
#include "services/backup_service.h"
#include "services/change_notifier.h"
#include "services/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

QString kindName(BackupRecord::Kind kind)
{
    switch (kind) {
    case BackupRecord::Kind::Daily:
        return BackupsPage::tr("Daily");
    case BackupRecord::Kind::Monthly:
        return BackupsPage::tr("Monthly");
    case BackupRecord::Kind::Manual:
        break;
    }
    return BackupsPage::tr("By hand");
}

QString fullCheckName(BackupRecord::FullCheck check)
{
    switch (check) {
    case BackupRecord::FullCheck::Ok:
        return BackupsPage::tr("Checked in full");
    case BackupRecord::FullCheck::Failed:
        return BackupsPage::tr("FAILED the full check: not restorable");
    case BackupRecord::FullCheck::Pending:
        break;
    }
    return BackupsPage::tr("Quick check only (checked in full before a restore)");
}

QString when(const QDateTime &time)
{
    return DisplayFormat::dateTime(time);
}

// What the app does once the restored file is in place: the open connections still point at the
// replaced file, so the simplest sound way on is a fresh start on the restored one. main() starts
// it once every connection of this process is closed and the store's claim is released.
void restartApp()
{
    QMessageBox::information(QApplication::activeWindow(), BackupsPage::tr("Backup restored"),
        BackupsPage::tr("The backup is in place. Atelier restarts now to open it."));
    QCoreApplication::exit(BackupsPage::restartExitCode);
}

} // namespace

BackupsPage::BackupsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Restore a backup"), question) == QMessageBox::Yes;
    })
    , m_restart(restartApp)
    , m_chooseFile([this] {
        return QFileDialog::getOpenFileName(this, tr("Restore from a file"), QString(),
            tr("Atelier backups (*.encrypted *.sqlite);;All files (*)"));
    })
    , m_runner(store, QStringLiteral("backup"))
    , m_copyRunner(QStringLiteral("backup copy"))
{
    // A copy or a check is not stopped half-way, nor a restore: quitting waits for them.
    m_runner.setCancellable(false);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setPlaceholderText(store.isOnServer()
            ? tr("Default: the \"backups\" folder in Atelier's data folder on this computer")
            : tr("Default: the \"backups\" folder beside the database"));
    form->addRow(tr("Backup folder:"), m_folder);
    if (store.isOnServer()) {
        m_managed = new QCheckBox(tr("This server's backups are made by its administrator"), this);
        m_managed->setObjectName(QStringLiteral("serverManagedCheckBox"));
        form->addRow(QString(), m_managed);
        connect(m_managed, &QCheckBox::toggled, this, &BackupsPage::setManagedByAdministrator);
    }
    m_keepDaily = new QSpinBox(this);
    m_keepDaily->setObjectName(QStringLiteral("keepDailySpinBox"));
    m_keepDaily->setRange(1, 366);
    form->addRow(tr("Daily backups to keep:"), m_keepDaily);
    m_keepMonthly = new QSpinBox(this);
    m_keepMonthly->setObjectName(QStringLiteral("keepMonthlySpinBox"));
    m_keepMonthly->setRange(0, 240);
    form->addRow(tr("Monthly backups to keep:"), m_keepMonthly);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    form->addRow(QString(), m_saveButton);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("File size"), tr("Check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_backupButton = new QPushButton(tr("Back up now"), this);
    m_backupButton->setObjectName(QStringLiteral("backupNowButton"));
    m_restoreButton = new QPushButton(tr("Restore…"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreFileButton = new QPushButton(tr("Restore from a file…"), this);
    m_restoreFileButton->setObjectName(QStringLiteral("restoreFromFileButton"));
    m_restoreFileButton->setVisible(!store.isOnServer()); // a server's: atelier-cli restore
    m_copyButton = new QPushButton(tr("Copy a backup to…"), this);
    m_copyButton->setObjectName(QStringLiteral("copyBackupButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelCopyButton"));
    m_cancelButton->hide();
    actions->addWidget(m_backupButton);
    actions->addWidget(m_restoreButton);
    actions->addWidget(m_restoreFileButton);
    actions->addWidget(m_copyButton);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancelButton);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_saveButton, &QPushButton::clicked, this, &BackupsPage::saveSettings);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_restoreFileButton, &QPushButton::clicked, this, &BackupsPage::restoreFromFile);
    connect(m_copyButton, &QPushButton::clicked, this, &BackupsPage::copyBackup);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_copyRunner.cancel(); });
    const auto progress = [this](const BackgroundProgress &done) {
        showProgress(done);
    };
    m_runner.setProgressHandler(progress);
    m_copyRunner.setProgressHandler(progress);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsPage::updateButtons);
    // Copies made elsewhere (after the nightly run, by atelier-cli) show at once; the settings being
    // edited stay as they are.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (change.concerns(Change::What::Backups) && !isBusy())
            showCopies();
    });
    reload();
}

void BackupsPage::reload()
{
    BackupService &backups = m_store.backups();
    m_folder->setText(backups.folder());
    m_keepDaily->setValue(backups.keepDaily());
    m_keepMonthly->setValue(backups.keepMonthly());
    if (m_managed) {
        const QSignalBlocker quiet(m_managed);
        m_managed->setChecked(backups.managedByAdministrator());
    }
    showCopies();
    if (const QString notice = serverNotice(); !notice.isEmpty() && !isBusy())
        showMessage(notice, false);
}

QString BackupsPage::serverNotice() const
{
    if (!m_store.isOnServer())
        return QString();
    BackupService &backups = m_store.backups();
    if (backups.managedByAdministrator())
        return tr("This server's backups are made by its administrator: Atelier makes none, neither after "
                  "the nightly run nor here.");
    if (!backups.canBackUp())
        return tr("pg_dump was not found on this computer (install postgresql-client-15): the server's "
                  "database cannot be backed up from here, and the nightly run makes no copy.");
    return tr("Copies of the server's database are made with pg_dump. A copy is restored into a new, empty "
              "database with atelier-cli restore, never over the store in use.");
}

void BackupsPage::setManagedByAdministrator(bool managed)
{
    const WriteResult saved = m_store.backups().setManagedByAdministrator(managed);
    if (!saved.ok()) {
        showMessage(saved.error, true);
        return;
    }
    reload();
}

void BackupsPage::showCopies()
{
    m_records = m_store.backups().list();
    m_table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const BackupRecord &record = m_records[row];
        const QStringList cells{when(record.madeAt), kindName(record.kind),
            DisplayFormat::fileSize(record.sizeBytes), fullCheckName(record.fullCheck)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(QDir::toNativeSeparators(record.path()));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void BackupsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = m_table->selectionModel()->hasSelection() && row >= 0 && row < m_records.size();
    // A server's copy goes into an empty database (atelier-cli restore), never over the store in use.
    m_restoreButton->setEnabled(!isBusy() && chosen && m_records[row].restorable() && !m_store.isOnServer());
    m_backupButton->setEnabled(!isBusy() && m_store.backups().canBackUp());
    m_saveButton->setEnabled(!isBusy());
    m_restoreFileButton->setEnabled(!isBusy());
    m_copyButton->setEnabled(!isBusy()
        && std::any_of(
            m_records.begin(), m_records.end(), [](const BackupRecord &r) { return r.restorable(); }));
}

void BackupsPage::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setText(text);
}

void BackupsPage::setBusy(bool busy, const QString &what)
{
    m_progress->setRange(0, 0); // until the work tells how far it is
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy && m_copyRunner.isRunning());
    if (busy)
        showMessage(what, false);
    updateButtons();
}

void BackupsPage::saveSettings()
{
    BackupService &backups = m_store.backups();
    WriteResult saved = backups.setFolder(m_folder->text());
    if (saved.ok())
        saved = backups.setRetention(m_keepDaily->value(), m_keepMonthly->value());
    showMessage(saved.ok() ? tr("Saved.") : saved.error, !saved.ok());
    if (saved.ok())
        reload();
}

void BackupsPage::backUpNow()
{
    if (isBusy())
        return;
    BackupsPage *page = this; // only in calls posted back to this page's thread
    m_runner.run(
        this,
        [page](BackgroundJob &job) -> std::optional<BackupResult> {
            BackupService &backups = job.store().backups();
            const BackupResult copy = backups.copyNow(BackupRecord::Kind::Manual);
            job.post([page, copy] { page->copied(copy); });
            if (!copy.ok)
                return std::nullopt;
            return backups.checkFully(copy.record);
        },
        [this](BackgroundResult<std::optional<BackupResult>> result) {
            if (!result.ok()) {
                BackupResult failed;
                failed.error = result.error;
                copied(failed);
            } else if (*result.value) {
                checked(**result.value);
            }
            workerDone();
        });
    setBusy(true, tr("Copying the database…"));
}

void BackupsPage::copied(const BackupResult &result)
{
    if (!result.ok) {
        showMessage(result.error, true);
        emit backupFinished(false);
        return;
    }
    reload();
    showMessage(
        tr("The backup %1 is written; checking it in full…").arg(QDir::toNativeSeparators(result.path)),
        false);
}

void BackupsPage::checked(const BackupResult &result)
{
    reload();
    showMessage(result.ok
            ? tr("The backup %1 is written and checked in full.").arg(QDir::toNativeSeparators(result.path))
            : result.error,
        !result.ok);
    emit backupFinished(result.ok);
}

void BackupsPage::workerDone()
{
    setBusy(false);
    m_progress->hide();
}

void BackupsPage::restoreSelected()
{
    const int row = m_table->currentRow();
    if (isBusy() || row < 0 || row >= m_records.size())
        return;
    const BackupRecord record = m_records[row];
    const QString question
        = tr("Restore the backup from %1? Everything entered since then is replaced by the data as it was "
             "at that time. The current data is kept aside as a file next to the database, not deleted. "
             "Atelier restarts afterwards.")
              .arg(when(record.madeAt));
    if (!m_confirm(question))
        return;
    startRestore([record](BackgroundJob &job) { return job.store().backups().prepareRestore(record); },
        tr("Checking the backup and copying it beside the database…"));
}

// Both restores: the other background work stops first, then `prepare` runs on the worker.
void BackupsPage::startRestore(
    const std::function<RestoreResult(BackgroundJob &)> &prepare, const QString &what)
{
    m_runner.run(
        this,
        [prepare](BackgroundJob &job) {
            // An export or a nightly run still writing through its own connection would write into the
            // file being replaced, or leave half its work in the data set aside.
            if (!job.stopOtherWork(otherWorkBound)) {
                RestoreResult busy;
                busy.error = tr("Other work in the background did not stop in time, so the backup was not "
                                "restored. Try again in a moment.");
                return busy;
            }
            return prepare(job);
        },
        [this](BackgroundResult<RestoreResult> result) {
            RestoreResult answer = result.value.value_or(RestoreResult{});
            if (!result.ok())
                answer.error = result.error;
            prepared(answer);
            workerDone();
        });
    setBusy(true, what);
}

void BackupsPage::prepared(const RestoreResult &result)
{
    if (!result.ok) {
        m_runner.reopenToOthers(); // the store stays as it was: work may go on
        showMessage(result.error, true);
        emit restoreFinished(false);
        return;
    }
    // The swap itself is a few renames, quick enough for this thread; the store's own connection
    // closes first so that nothing of this process writes to the file being replaced. Every other
    // worker is stopped and refused by now (stopOtherWork), until the restart.
    const RestoreResult finished = m_store.backups().finishRestore(result.restoredFrom);
    if (!finished.ok) {
        m_runner.reopenToOthers();
        showMessage(finished.error, true);
        emit restoreFinished(false);
        return;
    }
    showMessage(tr("The backup is in place; the data it replaced was kept as %1.")
                    .arg(QDir::toNativeSeparators(finished.setAside)),
        false);
    emit restoreFinished(true);
    m_restart();
}

void BackupsPage::showProgress(const BackgroundProgress &progress)
{
    if (progress.total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(progress.done * 1000 / progress.total));
}

void BackupsPage::copyBackup()
{
    if (isBusy())
        return;
    QList<BackupRecord> restorable;
    std::copy_if(m_records.begin(), m_records.end(), std::back_inserter(restorable),
        [](const BackupRecord &record) { return record.restorable(); });
    auto *dialog = new CopyBackupDialog(restorable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startCopy(dialog->request()); });
    dialog->open();
}

void BackupsPage::startCopy(const BackupCopyRequest &request)
{
    const bool encrypted = request.passphrase.has_value();
    m_copyRunner.run(
        this,
        [request](BackgroundJob &job) {
            return BackupCopier::copy(
                request.backup.path(), request.folder, request.passphrase, [&job](qint64 done, qint64 total) {
                    job.progress(done, total);
                    return !job.cancelled();
                });
        },
        [this, encrypted](BackgroundResult<CopierResult> result) { copyDone(result, encrypted); });
    setBusy(true,
        encrypted ? tr("Encrypting the backup into %1…").arg(QDir::toNativeSeparators(request.folder))
                  : tr("Copying the backup to %1…").arg(QDir::toNativeSeparators(request.folder)));
}

void BackupsPage::copyDone(const BackgroundResult<CopierResult> &result, bool encrypted)
{
    workerDone();
    const CopierResult copied = result.value.value_or(CopierResult{});
    const bool ok = result.ok() && copied.ok;
    QString text = ok ? CopyBackupDialog::doneMessage(copied.path, encrypted) : copied.error;
    if (!result.ok())
        text = result.error.isEmpty() ? tr("The copy was cancelled.") : result.error;
    showMessage(text, !ok || !encrypted);
    emit copyFinished(ok);
}

void BackupsPage::restoreFromFile()
{
    if (isBusy())
        return;
    const QString path = m_chooseFile();
    if (path.isEmpty())
        return;
    if (!BackupCopier::isEncrypted(path)) {
        restoreFile(path, QString());
        return;
    }
    QInputDialog *ask = CopyBackupDialog::askPassphrase(path, this);
    connect(ask, &QInputDialog::textValueSelected, this,
        [this, path](const QString &passphrase) { restoreFile(path, passphrase); });
    ask->open();
}

void BackupsPage::restoreFile(const QString &path, const QString &passphrase)
{
    const QString question = tr("Restore the backup %1? Everything entered since it was made is replaced by "
                                "the data in it. The current data is kept aside as a file next to the "
                                "database, not deleted. Atelier restarts afterwards.")
                                 .arg(QDir::toNativeSeparators(path));
    if (isBusy() || !m_confirm(question))
        return;
    startRestore(
        [path, passphrase](BackgroundJob &job) {
            return job.store().backups().prepareRestoreFromFile(
                path, passphrase, [&job](qint64 done, qint64 total) {
                    job.progress(done, total);
                    return true; // a restore is not stopped half-way
                });
        },
        tr("Opening and checking the backup, then copying it beside the database…"));
}

} // namespace atelier
