#include "services/backup_copier.h"
#include "services/backup_service.h"
#include "services/customer_service.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/file_size_limit.h"
#include "support/temp_store.h"
#include "support/test_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

const QString passphrase = QStringLiteral("spring 春天 2026");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList customerNames(TempStore &t)
{
    QSqlQuery query = sql::run(
        t.store().database().connection(), QStringLiteral("SELECT name FROM customers ORDER BY id"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void addCustomer(TempStore &t, int i)
{
    REQUIRE(t.store()
                .customers()
                .registerCustomer(QStringLiteral("王秀英") + QChar(u'甲' + i),
                    QStringLiteral("139001390%1").arg(i, 2, 10, QChar(u'0')))
                .ok());
}

QString checkedBackup(TempStore &t)
{
    for (int i = 0; i < 3; ++i)
        addCustomer(t, i);
    const BackupResult backup = t.store().backups().backupNow(BackupRecord::Kind::Manual);
    INFO(backup.error.toStdString());
    REQUIRE(backup.ok);
    return backup.path;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("an encrypted copy of a backup reads back byte for byte", "[services][backup_copy]")
{
    TempStore t;
    const QString backup = checkedBackup(t);
    QTemporaryDir stick;
    int calls = 0;
    const CopierResult copied
        = BackupCopier::copy(backup, stick.path(), passphrase, [&](qint64 done, qint64 total) {
              CHECK(done <= total);
              ++calls;
              return true;
          });
    INFO(copied.error.toStdString());
    REQUIRE(copied.ok);
    CHECK(calls > 0);
    CHECK(copied.path
        == QDir(stick.path()).filePath(QFileInfo(backup).fileName() + QStringLiteral(".encrypted")));
    CHECK(entries(stick.path()) == QStringList{QFileInfo(copied.path).fileName()});
    CHECK(BackupCopier::isEncrypted(copied.path));
    CHECK_FALSE(BackupCopier::isEncrypted(backup));
    CHECK((QFileInfo(copied.path).permissions() & (QFile::ReadOther | QFile::ReadGroup))
        == QFile::Permissions());
    CHECK_FALSE(fileBytes(copied.path).contains(QStringLiteral("王秀英").toUtf8()));

    // A second copy into the same folder gets a name of its own.
    const CopierResult again = BackupCopier::copy(backup, stick.path(), passphrase);
    REQUIRE(again.ok);
    CHECK(again.path != copied.path);

    QTemporaryDir back;
    const CopierResult opened = BackupCopier::decrypt(copied.path, back.path(), passphrase);
    INFO(opened.error.toStdString());
    REQUIRE(opened.ok);
    CHECK(opened.path.endsWith(testing::onPostgres() ? QStringLiteral(".dump") : QStringLiteral(".sqlite")));
    CHECK(fileBytes(opened.path) == fileBytes(backup));
    CHECK(entries(back.path()) == QStringList{QFileInfo(opened.path).fileName()});
    CHECK((QFileInfo(opened.path).permissions() & (QFile::ReadOther | QFile::ReadGroup))
        == QFile::Permissions());

    // As it is, on request: the same bytes.
    QTemporaryDir plainStick;
    const CopierResult plain = BackupCopier::copy(backup, plainStick.path(), std::nullopt);
    REQUIRE(plain.ok);
    CHECK(fileBytes(plain.path) == fileBytes(backup));
    CHECK(QFileInfo(plain.path).fileName() == QFileInfo(backup).fileName());
}

TEST_CASE("a store restored from an encrypted copy is as it was", "[services][backup_copy][sqlite]")
{
    TempStore t;
    const QString backup = checkedBackup(t);
    const QStringList expected = customerNames(t);
    QTemporaryDir stick;
    const CopierResult copied = BackupCopier::copy(backup, stick.path(), passphrase);
    REQUIRE(copied.ok);
    addCustomer(t, 7); // after the copy: gone after the restore

    BackupService &backups = t.store().backups();
    const RestoreResult prepared = backups.prepareRestoreFromFile(copied.path, passphrase);
    INFO(prepared.error.toStdString());
    REQUIRE(prepared.ok);
    CHECK(prepared.restoredFrom == QFileInfo(copied.path).fileName());
    const QStringList decrypted
        = QDir(t.folder()).entryList({QStringLiteral("decrypted-*")}, QDir::Files | QDir::Hidden);
    CHECK(decrypted.isEmpty()); // the opened copy went once it was beside the database
    const RestoreResult finished = backups.finishRestore(prepared.restoredFrom);
    REQUIRE(finished.ok);
    REQUIRE(t.store().database().open(t.path()));
    CHECK(customerNames(t) == expected);
}

TEST_CASE(
    "a bad encrypted copy is refused with its own reason and nothing changes", "[services][backup_copy]")
{
    TempStore t;
    const QString backup = checkedBackup(t);
    QTemporaryDir stick;
    const CopierResult copied = BackupCopier::copy(backup, stick.path(), passphrase);
    REQUIRE(copied.ok);
    const QByteArray good = fileBytes(copied.path);
    const QStringList names = customerNames(t);

    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    const QString wrongPath = copied.path;
    const QString cutPath = QDir(stick.path()).filePath(QStringLiteral("cut.encrypted"));
    const QString flippedPath = QDir(stick.path()).filePath(QStringLiteral("flipped.encrypted"));
    const QString otherPath = QDir(stick.path()).filePath(QStringLiteral("photo.jpg.encrypted"));
    writeBytes(cutPath, good.left(good.size() - 1000));
    writeBytes(flippedPath, flipped);
    writeBytes(otherPath, QByteArray("\xFF\xD8\xFF\xE0 a photograph, not a backup", 32));

    struct Case
    {
        QString path;
        QString with;
        CipherProblem problem;
    };
    const QList<Case> cases{{wrongPath, QStringLiteral("autumn 秋天 2026"), CipherProblem::WrongPassphrase},
        {cutPath, passphrase, CipherProblem::Truncated}, {flippedPath, passphrase, CipherProblem::Damaged},
        {otherPath, passphrase, CipherProblem::NotEncryptedBackup}};
    const QStringList storeFolder = entries(QFileInfo(t.path()).absolutePath());
    QSet<QString> errors;
    for (const Case &bad : cases) {
        INFO(bad.path.toStdString());
        QTemporaryDir back;
        const CopierResult opened = BackupCopier::decrypt(bad.path, back.path(), bad.with);
        CHECK_FALSE(opened.ok);
        CHECK(opened.badInput);
        CHECK(opened.error.contains(BackupCipher::message(bad.problem)));
        CHECK(entries(back.path()).isEmpty());
        errors.insert(opened.error);
        if (!testing::onPostgres() && bad.problem != CipherProblem::NotEncryptedBackup) {
            const RestoreResult refused = t.store().backups().prepareRestoreFromFile(bad.path, bad.with);
            CHECK_FALSE(refused.ok);
            CHECK(refused.notARestorableBackup);
            CHECK(refused.error.contains(BackupCipher::message(bad.problem)));
            CHECK(entries(QFileInfo(t.path()).absolutePath()) == storeFolder);
        }
    }
    CHECK(errors.size() == 4);
    CHECK(customerNames(t) == names);
    CHECK(fileBytes(wrongPath) == good); // the copy itself is only read
}

TEST_CASE("a passphrase of fewer than 8 characters makes no copy", "[services][backup_copy]")
{
    TempStore t;
    const QString backup = checkedBackup(t);
    QTemporaryDir stick;
    const CopierResult copied = BackupCopier::copy(backup, stick.path(), QStringLiteral("七个字的密码"));
    CHECK_FALSE(copied.ok);
    CHECK(copied.badInput);
    CHECK(copied.error == BackupCipher::message(CipherProblem::PassphraseTooShort));
    CHECK(entries(stick.path()).isEmpty());
}

TEST_CASE("a stick that is missing, read-only, full or pulled out leaves nothing under the copy's name",
    "[services][backup_copy]")
{
    TempStore t;
    const QString backup = checkedBackup(t);
    const QString name = QFileInfo(backup).fileName() + QStringLiteral(".encrypted");

    SECTION("not plugged in")
    {
        QTemporaryDir parent;
        const CopierResult copied
            = BackupCopier::copy(backup, QDir(parent.path()).filePath(QStringLiteral("STICK")), passphrase);
        CHECK_FALSE(copied.ok);
        CHECK(copied.badInput);
        CHECK(copied.error.contains(QStringLiteral("is not there")));
        CHECK_FALSE(QFileInfo::exists(QDir(parent.path()).filePath(QStringLiteral("STICK"))));
    }
    SECTION("read-only")
    {
        // Permissions do not stop root (the test may run as root in a container): /proc is read-only for all.
        QTemporaryDir stick;
        QFile::setPermissions(stick.path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool ownerObeys
            = !QFile(QDir(stick.path()).filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly);
        const QString folder = ownerObeys ? stick.path() : QStringLiteral("/proc/self");
        const CopierResult copied = BackupCopier::copy(backup, folder, passphrase);
        QFile::setPermissions(stick.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CHECK_FALSE(copied.ok);
        CHECK(copied.error.contains(QStringLiteral("read-only")));
        CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(name)));
        CHECK(entries(stick.path()).filter(QStringLiteral("atelier")).isEmpty());
    }
    SECTION("full")
    {
        // A file-size limit stands in for a full stick: writes past 4 KiB fail (EFBIG, no signal).
        QTemporaryDir stick;
        CopierResult copied;
        {
            const testing::FileSizeLimit full(4 * 1024);
            REQUIRE(full.active());
            copied = BackupCopier::copy(backup, stick.path(), passphrase);
        }
        CHECK_FALSE(copied.ok);
        CHECK_FALSE(copied.badInput);
        CHECK(copied.error.contains(QStringLiteral("stopped part way")));
        CHECK(entries(stick.path()).isEmpty());
    }
    SECTION("pulled out half-way")
    {
        // The stick's folder goes away after the first chunk, as a pulled stick's mount point does.
        QTemporaryDir parent;
        const QString stick = QDir(parent.path()).filePath(QStringLiteral("STICK"));
        const QString gone = QDir(parent.path()).filePath(QStringLiteral("GONE"));
        REQUIRE(QDir().mkpath(stick));
        bool pulled = false;
        const CopierResult copied = BackupCopier::copy(backup, stick, passphrase, [&](qint64, qint64) {
            if (!pulled)
                pulled = QDir().rename(stick, gone);
            return true;
        });
        REQUIRE(pulled);
        CHECK_FALSE(copied.ok);
        CHECK(copied.error.contains(QStringLiteral("stopped part way")));
        CHECK_FALSE(QFileInfo::exists(QDir(gone).filePath(name)));
        CHECK_FALSE(QFileInfo::exists(QDir(stick).filePath(name)));
    }
    SECTION("cancelled")
    {
        QTemporaryDir stick;
        const CopierResult copied
            = BackupCopier::copy(backup, stick.path(), passphrase, [](qint64, qint64) { return false; });
        CHECK_FALSE(copied.ok);
        CHECK(copied.cancelled);
        CHECK(entries(stick.path()).isEmpty());
    }
}
