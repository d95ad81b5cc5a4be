#pragma once

#include "core/backup_record.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace atelier {

// What the manager asked for in "Copy a backup to…".
struct BackupCopyRequest
{
    BackupRecord backup;
    QString folder;
    std::optional<QString> passphrase; // none: a copy as it is, not encrypted
};

// "Copy a backup to…": which backup (the newest one checked in full first), which folder (a USB stick),
// and encrypted with a passphrase typed twice, or not encrypted, in which case the dialog says plainly
// what that means. Copy stays disabled until the choice can be carried out.
class CopyBackupDialog : public QDialog
{
    Q_OBJECT
public:
    // `backups`: the restorable copies, newest first.
    CopyBackupDialog(const QList<BackupRecord> &backups, QWidget *parent = nullptr);

    BackupCopyRequest request() const;

    // What the page says once a copy at `path` is written; a copy not encrypted is a warning.
    static QString doneMessage(const QString &path, bool encrypted);
    // Asks for the passphrase of the encrypted copy at `path` (restore from a file); not yet open.
    static QInputDialog *askPassphrase(const QString &path, QWidget *parent);

private:
    void chooseFolder();
    void update();

    QList<BackupRecord> m_backups;
    QComboBox *m_backup = nullptr;
    QLineEdit *m_folder = nullptr;
    QRadioButton *m_encrypted = nullptr;
    QRadioButton *m_plain = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace atelier
