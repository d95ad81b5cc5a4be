#include "cli_runner.h"
#include "empty_database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace atelier::testing;

namespace {

const QString passphrase = QStringLiteral("linen and silk 丝绸");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// atelier-cli with `secret` on a file descriptor of its own (--passphrase-fd N): a file opened without
// close-on-exec, which the child inherits.
CliRun runWithPassphrase(QStringList arguments, const QString &secret, const QString &home)
{
    const QString path = QDir(home).filePath(QStringLiteral("passphrase.txt"));
    writeBytes(path, secret.toUtf8() + "\nthe rest is not read\n");
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    REQUIRE(fd >= 0);
    arguments << QStringLiteral("--passphrase-fd") << QString::number(fd);
    const CliRun run = runCli(arguments, home);
    ::close(fd);
    QFile::remove(path);
    return run;
}

// Every file under `folder`, for "nothing was left behind".
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.removeIf(
        [](const QString &path) { return path.endsWith(QStringLiteral(".log")); }); // the CLI's log
    files.sort();
    return files;
}

} // namespace

TEST_CASE("backup --encrypt --out puts only the encrypted copy on the stick, and restore reads it back",
    "[cli][backup][encrypted]")
{
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    QString live = demo.database();
    if (!onPostgres()) {
        live = home.filePath(QStringLiteral("store.sqlite"));
        REQUIRE(QFile::copy(demo.database(), live));
    }
    const QByteArray before = exportedCustomers(live, home.path());
    const QString stick = home.filePath(QStringLiteral("STICK"));
    REQUIRE(QDir().mkpath(stick));

    const CliRun backup = runWithPassphrase({QStringLiteral("--db"), live, QStringLiteral("backup"),
                                                QStringLiteral("--encrypt"), QStringLiteral("--out"), stick},
        passphrase, home.path());
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString copy = backup.out.trimmed();
    CHECK_FALSE(copy.contains(u'\n')); // one path: the encrypted copy's
    CHECK(QDir(stick).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(copy).fileName()});
    CHECK(copy.endsWith(QStringLiteral(".encrypted")));
    const QByteArray encrypted = bytesOf(copy);
    CHECK(encrypted.startsWith(QByteArray("\x89"
                                          "ATELIER-ENC")));
    CHECK_FALSE(encrypted.contains(QByteArray("SQLite format 3")));
    CHECK_FALSE(encrypted.contains(QByteArray("PGDMP")));
    CHECK(backup.err.contains(QStringLiteral("stays in the store's backup folder")));

    QString target = live;
    std::unique_ptr<TestLocation> empty;
    if (onPostgres()) {
        empty = std::make_unique<TestLocation>(home.path());
        emptyDatabase(empty->text());
        target = empty->text();
    }
    const QStringList filesBefore = filesUnder(home.path());
    const CliRun restored = runWithPassphrase(
        {QStringLiteral("--db"), target, QStringLiteral("restore"), copy, QStringLiteral("--yes")},
        passphrase, home.path());
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QFileInfo(copy).fileName()));
    CHECK(exportedCustomers(target, home.path()) == before);
    // The opened copy went again; only the database set aside (a file store) is new.
    QStringList filesAfter = filesUnder(home.path());
    filesAfter.removeIf(
        [](const QString &path) { return path.contains(QStringLiteral(".before-restore-")); });
    filesAfter.removeAll(home.filePath(QStringLiteral("export.csv")));
    QStringList expected = filesBefore;
    expected.removeAll(home.filePath(QStringLiteral("export.csv")));
    CHECK(filesAfter == expected);
}

TEST_CASE("restore refuses a wrong passphrase, a cut, a changed byte and another program's file, each in its "
          "own words",
    "[cli][backup][encrypted][sqlite]")
{
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(QFile::copy(DemoFixture::instance().database(), live));
    const QString stick = home.filePath(QStringLiteral("STICK"));
    REQUIRE(QDir().mkpath(stick));
    const CliRun backup = runWithPassphrase({QStringLiteral("--db"), live, QStringLiteral("backup"),
                                                QStringLiteral("--encrypt"), QStringLiteral("--out"), stick},
        passphrase, home.path());
    REQUIRE(backup.exitCode == 0);
    const QString copy = backup.out.trimmed();
    const QByteArray good = bytesOf(copy);
    QByteArray flipped = good;
    flipped[good.size() / 3] = char(flipped[good.size() / 3] ^ 0x04);
    writeBytes(stick + QStringLiteral("/cut.encrypted"), good.left(good.size() / 2));
    writeBytes(stick + QStringLiteral("/flipped.encrypted"), flipped);
    writeBytes(stick + QStringLiteral("/song.encrypted"), QByteArray("ID3\x04 a song, not a backup"));

    const QByteArray liveBefore = bytesOf(live);
    const QStringList filesBefore = filesUnder(home.path());
    const QList<std::pair<QString, QString>> cases{{copy, QStringLiteral("linen and wool 羊毛")},
        {stick + QStringLiteral("/cut.encrypted"), passphrase},
        {stick + QStringLiteral("/flipped.encrypted"), passphrase},
        {stick + QStringLiteral("/song.encrypted"), passphrase}};
    QSet<QString> reasons;
    for (const auto &[file, secret] : cases) {
        const CliRun refused = runWithPassphrase(
            {QStringLiteral("--db"), live, QStringLiteral("restore"), file, QStringLiteral("--yes")}, secret,
            home.path());
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        reasons.insert(refused.err.section(u'\n', 0, 0).remove(file));
        CHECK(bytesOf(live) == liveBefore);
        CHECK(filesUnder(home.path()) == filesBefore);
    }
    CHECK(reasons.size() == 4);
}

TEST_CASE("backup --encrypt refuses a short passphrase, a missing --out and a missing folder before copying",
    "[cli][backup][encrypted]")
{
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    const QString stick = home.filePath(QStringLiteral("STICK"));
    REQUIRE(QDir().mkpath(stick));
    const QStringList filesBefore = filesUnder(home.path());

    const CliRun noOut = runCli(
        {QStringLiteral("--db"), demo.database(), QStringLiteral("backup"), QStringLiteral("--encrypt")},
        home.path());
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));

    const CliRun shortOne
        = runWithPassphrase({QStringLiteral("--db"), demo.database(), QStringLiteral("backup"),
                                QStringLiteral("--encrypt"), QStringLiteral("--out"), stick},
            QStringLiteral("1234567"), home.path());
    CHECK(shortOne.exitCode == 2);
    CHECK(shortOne.err.contains(QStringLiteral("at least 8 characters")));

    const CliRun noFolder = runWithPassphrase(
        {QStringLiteral("--db"), demo.database(), QStringLiteral("backup"), QStringLiteral("--encrypt"),
            QStringLiteral("--out"), home.filePath(QStringLiteral("UNPLUGGED"))},
        passphrase, home.path());
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QStringLiteral("is not there")));

    const CliRun fdAlone = runWithPassphrase(
        {QStringLiteral("--db"), demo.database(), QStringLiteral("backup")}, passphrase, home.path());
    CHECK(fdAlone.exitCode == 2);

    // No terminal and no descriptor: said so, nothing made. (The test runs without a terminal.)
    const CliRun noTerminal = runCli({QStringLiteral("--db"), demo.database(), QStringLiteral("backup"),
                                         QStringLiteral("--encrypt"), QStringLiteral("--out"), stick},
        home.path());
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty >= 0)
        ::close(tty);
    else {
        CHECK(noTerminal.exitCode == 2);
        CHECK(noTerminal.err.contains(QStringLiteral("--passphrase-fd")));
    }
    CHECK(filesUnder(home.path()) == filesBefore);

    const CliRun help = runCli({QStringLiteral("backup"), QStringLiteral("--help")}, home.path());
    CHECK(help.out.contains(QStringLiteral("--encrypt --out DIR")));
    CHECK(help.out.contains(QStringLiteral("--passphrase-fd N")));
}
