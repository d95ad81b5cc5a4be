#include "gui/settings/backups_page.h"
#include "gui/settings/copy_backup_dialog.h"
#include "gui_test_helpers.h"

#include "services/backup_copier.h"
#include "services/backup_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QString passphrase = QStringLiteral("blue linen coat");

void addCustomers(Store &store, int count)
{
    static int phone = 0;
    for (int i = 0; i < count; ++i) {
        const int n = phone++;
        REQUIRE(store.customers()
                    .registerCustomer(QStringLiteral("李秀兰") + QChar(u'甲' + n % 20),
                        QStringLiteral("1390013%1").arg(n, 4, 10, QChar(u'0')))
                    .ok());
    }
}

qint64 customersIn(const QString &path)
{
    Database db;
    REQUIRE(db.open(path));
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString message(BackupsPage &page)
{
    return child<QLabel>(&page, QStringLiteral("backupMessageLabel"))->text();
}

// Clicks "Copy a backup to…" and gives back the dialog it opens.
CopyBackupDialog *openCopyDialog(BackupsPage &page)
{
    auto *button = child<QPushButton>(&page, QStringLiteral("copyBackupButton"));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CopyBackupDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = page.findChild<CopyBackupDialog *>()) && dialog->isVisible(); }));
    return dialog;
}

// Types into the restore's passphrase question and presses OK.
void answerPassphrase(BackupsPage &page, const QString &text)
{
    QInputDialog *ask = nullptr;
    REQUIRE(waitFor([&] {
        return (ask = page.findChild<QInputDialog *>(QStringLiteral("restorePassphraseDialog")))
            && ask->isVisible();
    }));
    typeText(ask->findChild<QLineEdit *>(), text);
    QTest::mouseClick(ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("Copy a backup to… encrypts the newest checked backup into the chosen folder on a worker",
    "[gui][backup][copy]")
{
    TempStore temp;
    addCustomers(temp.store(), 3);
    const BackupResult backup = temp.store().backups().backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    QTemporaryDir stick;
    BackupsPage page(temp.store());
    page.show();

    CopyBackupDialog *dialog = openCopyDialog(page);
    auto *copy = child<QPushButton>(dialog, QStringLiteral("copyButton"));
    auto *hint = child<QLabel>(dialog, QStringLiteral("copyHintLabel"));
    CHECK(child<QComboBox>(dialog, QStringLiteral("copyBackupComboBox"))
              ->currentText()
              .contains(QStringLiteral("checked in full")));
    CHECK(child<QRadioButton>(dialog, QStringLiteral("encryptedRadioButton"))->isChecked());
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("notEncryptedWarningLabel"))->isVisible());
    CHECK_FALSE(copy->isEnabled());
    typeText(child<QLineEdit>(dialog, QStringLiteral("copyFolderLineEdit")), stick.path());
    auto *first = child<QLineEdit>(dialog, QStringLiteral("passphraseLineEdit"));
    auto *again = child<QLineEdit>(dialog, QStringLiteral("passphraseAgainLineEdit"));
    typeText(first, QStringLiteral("short"));
    CHECK(hint->text().contains(QStringLiteral("at least 8")));
    CHECK_FALSE(copy->isEnabled());
    first->clear();
    typeText(first, passphrase);
    typeText(again, QStringLiteral("blue linen cost"));
    CHECK(hint->text().contains(QStringLiteral("same passphrase twice")));
    CHECK_FALSE(copy->isEnabled());
    again->clear();
    typeText(again, passphrase);
    REQUIRE(copy->isEnabled());

    QSignalSpy copied(&page, &BackupsPage::copyFinished);
    QTest::mouseClick(copy, Qt::LeftButton);
    REQUIRE(waitFor([&] { return copied.count() == 1 && !page.isBusy(); }, 30000));
    INFO(message(page).toStdString());
    CHECK(copied.first().first().toBool());
    CHECK(message(page).contains(QStringLiteral("Keep the passphrase somewhere safe")));
    const QStringList written = QDir(stick.path()).entryList(QDir::Files);
    REQUIRE(written.size() == 1);
    const QString path = QDir(stick.path()).filePath(written.first());
    CHECK(BackupCopier::isEncrypted(path));
    QTemporaryDir back;
    const CopierResult opened = BackupCopier::decrypt(path, back.path(), passphrase);
    REQUIRE(opened.ok);
    CHECK(bytesOf(opened.path) == bytesOf(backup.path));
}

TEST_CASE("a copy not encrypted is possible, and the page says what it means", "[gui][backup][copy]")
{
    TempStore temp;
    addCustomers(temp.store(), 2);
    const BackupResult backup = temp.store().backups().backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    QTemporaryDir stick;
    BackupsPage page(temp.store());
    page.show();

    CopyBackupDialog *dialog = openCopyDialog(page);
    typeText(child<QLineEdit>(dialog, QStringLiteral("copyFolderLineEdit")), stick.path());
    // On the round button itself: the widget is as wide as the form, its text is not.
    auto *plain = child<QRadioButton>(dialog, QStringLiteral("notEncryptedRadioButton"));
    QTest::mouseClick(plain, Qt::LeftButton, {}, QPoint(8, plain->height() / 2));
    auto *warning = child<QLabel>(dialog, QStringLiteral("notEncryptedWarningLabel"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("phone number")));
    CHECK_FALSE(child<QLineEdit>(dialog, QStringLiteral("passphraseLineEdit"))->isEnabled());
    QSignalSpy copied(&page, &BackupsPage::copyFinished);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("copyButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return copied.count() == 1 && !page.isBusy(); }, 30000));
    CHECK(copied.first().first().toBool());
    CHECK(message(page).contains(QStringLiteral("not encrypted: anyone who finds it")));
    const QStringList written = QDir(stick.path()).entryList(QDir::Files);
    REQUIRE(written.size() == 1);
    CHECK(bytesOf(QDir(stick.path()).filePath(written.first())) == bytesOf(backup.path));
}

TEST_CASE("Cancel stops a copy and leaves nothing on the stick", "[gui][backup][copy]")
{
    TempStore temp;
    addCustomers(temp.store(), 2);
    REQUIRE(temp.store().backups().backupNow(BackupRecord::Kind::Manual).ok);
    QTemporaryDir stick;
    BackupsPage page(temp.store());
    page.show();
    CopyBackupDialog *dialog = openCopyDialog(page);
    typeText(child<QLineEdit>(dialog, QStringLiteral("copyFolderLineEdit")), stick.path());
    typeText(child<QLineEdit>(dialog, QStringLiteral("passphraseLineEdit")), passphrase);
    typeText(child<QLineEdit>(dialog, QStringLiteral("passphraseAgainLineEdit")), passphrase);
    QSignalSpy copied(&page, &BackupsPage::copyFinished);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("copyButton")), Qt::LeftButton);
    // Argon2id takes a good part of a second before the first byte is written: time to press Cancel.
    auto *cancel = child<QPushButton>(&page, QStringLiteral("cancelCopyButton"));
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(waitFor([&] { return copied.count() == 1 && !page.isBusy(); }, 30000));
    CHECK_FALSE(copied.first().first().toBool());
    CHECK(message(page).contains(QStringLiteral("cancelled")));
    CHECK_FALSE(cancel->isVisible());
    CHECK(QDir(stick.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE(
    "Restore from a file… asks an encrypted copy's passphrase and refuses a wrong one", "[gui][backup][copy]")
{
    TempStore temp;
    addCustomers(temp.store(), 2);
    const BackupResult backup = temp.store().backups().backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    QTemporaryDir stick;
    const CopierResult copy = BackupCopier::copy(backup.path, stick.path(), passphrase);
    REQUIRE(copy.ok);
    addCustomers(temp.store(), 1); // after the copy: gone after the restore
    const QByteArray before = bytesOf(temp.path());

    BackupsPage page(temp.store());
    page.show();
    bool restarted = false;
    page.setChooseFile([&] { return copy.path; });
    page.setConfirm([](const QString &) { return true; });
    page.setRestart([&] { restarted = true; });
    QSignalSpy restored(&page, &BackupsPage::restoreFinished);
    auto *fromFile = child<QPushButton>(&page, QStringLiteral("restoreFromFileButton"));

    QTest::mouseClick(fromFile, Qt::LeftButton);
    answerPassphrase(page, QStringLiteral("red wool scarf"));
    REQUIRE(waitFor([&] { return restored.count() == 1 && !page.isBusy(); }, 30000));
    CHECK_FALSE(restored.first().first().toBool());
    CHECK(message(page).contains(QStringLiteral("passphrase is not the one")));
    CHECK_FALSE(restarted);
    CHECK(customersIn(temp.path()) == 3);
    CHECK(QDir(temp.folder())
              .entryList({QStringLiteral("decrypted-*"), QStringLiteral("*.restoring")})
              .isEmpty());

    QTest::mouseClick(fromFile, Qt::LeftButton);
    answerPassphrase(page, passphrase);
    REQUIRE(waitFor([&] { return restored.count() == 2 && !page.isBusy(); }, 30000));
    INFO(message(page).toStdString());
    CHECK(restored.last().first().toBool());
    CHECK(restarted);
    CHECK(customersIn(temp.path()) == 2);
    CHECK(QDir(temp.folder()).entryList({QStringLiteral("decrypted-*")}).isEmpty());
}

TEST_CASE("a stick that is not plugged in is said so on the page, and nothing is made", "[gui][backup][copy]")
{
    TempStore temp;
    addCustomers(temp.store(), 1);
    REQUIRE(temp.store().backups().backupNow(BackupRecord::Kind::Manual).ok);
    QTemporaryDir media;
    const QString unplugged = QDir(media.path()).filePath(QStringLiteral("STICK"));
    BackupsPage page(temp.store());
    page.show();
    CopyBackupDialog *dialog = openCopyDialog(page);
    typeText(child<QLineEdit>(dialog, QStringLiteral("copyFolderLineEdit")), unplugged);
    typeText(child<QLineEdit>(dialog, QStringLiteral("passphraseLineEdit")), passphrase);
    typeText(child<QLineEdit>(dialog, QStringLiteral("passphraseAgainLineEdit")), passphrase);
    QSignalSpy copied(&page, &BackupsPage::copyFinished);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("copyButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return copied.count() == 1 && !page.isBusy(); }, 30000));
    CHECK_FALSE(copied.first().first().toBool());
    CHECK(message(page).contains(QStringLiteral("is the stick plugged in?")));
    CHECK_FALSE(QFileInfo::exists(unplugged));
    CHECK(child<QPushButton>(&page, QStringLiteral("copyBackupButton"))->isEnabled()); // try again
}
