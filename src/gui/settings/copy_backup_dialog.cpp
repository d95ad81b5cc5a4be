#include "gui/settings/copy_backup_dialog.h"

#include "core/backup_cipher.h"
#include "core/display_format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

QString describe(const BackupRecord &record)
{
    const QString checked = record.fullCheck == BackupRecord::FullCheck::Ok
        ? CopyBackupDialog::tr("checked in full")
        : CopyBackupDialog::tr("quick check only");
    return CopyBackupDialog::tr("%1, %2, %3")
        .arg(DisplayFormat::dateTime(record.madeAt), DisplayFormat::fileSize(record.sizeBytes), checked);
}

} // namespace

CopyBackupDialog::CopyBackupDialog(const QList<BackupRecord> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("copyBackupDialog"));
    setWindowTitle(tr("Copy a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_backup = new QComboBox(this);
    m_backup->setObjectName(QStringLiteral("copyBackupComboBox"));
    int newestChecked = -1;
    for (int i = 0; i < m_backups.size(); ++i) {
        m_backup->addItem(describe(m_backups[i]));
        if (newestChecked < 0 && m_backups[i].fullCheck == BackupRecord::FullCheck::Ok)
            newestChecked = i;
    }
    m_backup->setCurrentIndex(std::max(newestChecked, 0));
    form->addRow(tr("Backup:"), m_backup);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("copyFolderLineEdit"));
    m_folder->setPlaceholderText(tr("The USB stick or folder to copy to"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseCopyFolderButton"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Copy to:"), folderRow);

    m_encrypted = new QRadioButton(tr("Encrypted with a passphrase (recommended)"), this);
    m_encrypted->setObjectName(QStringLiteral("encryptedRadioButton"));
    m_encrypted->setChecked(true);
    m_plain = new QRadioButton(tr("Not encrypted"), this);
    m_plain->setObjectName(QStringLiteral("notEncryptedRadioButton"));
    form->addRow(QString(), m_encrypted);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(BackupCipher::minimumPassphraseLength));
    form->addRow(tr("Passphrase:"), m_passphrase);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("passphraseAgainLineEdit"));
    m_again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("The same again:"), m_again);
    form->addRow(QString(), m_plain);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("copyHintLabel"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_warning = new QLabel(tr("A copy that is not encrypted can be read by anyone who has it: whoever finds "
                              "the USB stick reads every customer's name, phone number and purchases. "
                              "Keep it locked away, and delete it when it is no longer needed."),
        this);
    m_warning->setObjectName(QStringLiteral("notEncryptedWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &CopyBackupDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_folder, m_passphrase, m_again})
        connect(edit, &QLineEdit::textChanged, this, &CopyBackupDialog::update);
    connect(m_encrypted, &QRadioButton::toggled, this, &CopyBackupDialog::update);
    update();
}

BackupCopyRequest CopyBackupDialog::request() const
{
    BackupCopyRequest request;
    if (m_backup->currentIndex() >= 0)
        request.backup = m_backups.value(m_backup->currentIndex());
    request.folder = m_folder->text().trimmed();
    if (m_encrypted->isChecked())
        request.passphrase = m_passphrase->text();
    return request;
}

QString CopyBackupDialog::doneMessage(const QString &path, bool encrypted)
{
    if (encrypted)
        return tr("The encrypted copy %1 is written. Keep the passphrase somewhere safe: without it nobody "
                  "can read the copy, Atelier included.")
            .arg(QDir::toNativeSeparators(path));
    return tr("The copy %1 is written, not encrypted: anyone who finds it can read every customer's name and "
              "phone number. Keep it locked away, and delete it when it is no longer needed.")
        .arg(QDir::toNativeSeparators(path));
}

QInputDialog *CopyBackupDialog::askPassphrase(const QString &path, QWidget *parent)
{
    auto *ask = new QInputDialog(parent);
    ask->setObjectName(QStringLiteral("restorePassphraseDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Restore from a file"));
    ask->setLabelText(tr("%1 is encrypted. Its passphrase:").arg(QFileInfo(path).fileName()));
    ask->setTextEchoMode(QLineEdit::Password);
    return ask;
}

void CopyBackupDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Copy the backup to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void CopyBackupDialog::update()
{
    const bool encrypted = m_encrypted->isChecked();
    m_passphrase->setEnabled(encrypted);
    m_again->setEnabled(encrypted);
    m_warning->setVisible(!encrypted);
    QString hint;
    if (m_backups.isEmpty())
        hint = tr("There is no backup to copy yet: make one with Back up now.");
    else if (m_folder->text().trimmed().isEmpty())
        hint = tr("Choose the folder to copy to.");
    else if (encrypted && !BackupCipher::longEnough(m_passphrase->text()))
        hint = BackupCipher::message(CipherProblem::PassphraseTooShort);
    else if (encrypted && m_again->text() != m_passphrase->text())
        hint = tr("Type the same passphrase twice.");
    else if (encrypted)
        hint = tr("Keep the passphrase somewhere safe, away from the stick: it is not stored anywhere, and "
                  "without it the copy cannot be read by anyone, Atelier included.");
    m_hint->setText(hint);
    m_copy->setEnabled(!m_backups.isEmpty() && !m_folder->text().trimmed().isEmpty()
        && (!encrypted
            || (BackupCipher::longEnough(m_passphrase->text()) && m_again->text() == m_passphrase->text())));
}

} // namespace atelier
