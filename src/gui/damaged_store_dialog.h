#pragma once

#include "services/background_runner.h"
#include "services/startup_check.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace atelier {

// Shown at start when the store's file fails its quick check: what happened, that nothing was
// deleted, and the latest good backup's date, with "Restore the backup from DATE" and "Quit".
// Restoring keeps the damaged file aside and runs on a worker that cannot be cancelled; accepted
// once it is in place. The dialog cannot be closed while it runs.
class DamagedStoreDialog : public QDialog
{
    Q_OBJECT
public:
    DamagedStoreDialog(QString path, StartupCheckResult found, QWidget *parent = nullptr);

    // For main(), before the store is opened: the quick check on a worker (with a small
    // "Checking…" window when it takes more than 100 ms), and this dialog when the file is damaged.
    // True: open the store (it was sound, or the backup is in place); false: quit. A store on a
    // database server has no file to check: true at once.
    static bool checkBeforeOpening(const QString &path);

    void restore();
    void reject() override;

signals:
    void restoreFinished(bool ok);

private:
    void restored(const QString &error);

    QString m_path;
    StartupCheckResult m_found;
    QLabel *m_status = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    BackgroundRunner m_restore{QStringLiteral("restore")};
};

} // namespace atelier
