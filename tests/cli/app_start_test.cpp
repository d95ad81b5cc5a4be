// The app binary itself at start: a second Atelier on a store that is taken is refused (issue 15).
#include "services/store_lock.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

TEST_CASE("a second Atelier on a store that is open is refused before it opens the store",
    "[app][store-lock][sqlite]")
{
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("store.sqlite"));
    // This test process plays the first Atelier: it holds the store.
    atelier::StoreLock first(live);
    REQUIRE(first.claim(atelier::StoreLock::Purpose::Work).ok());

    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(environment);
    // Its log's warnings go to stderr: that is the channel to wait on (the default is stdout).
    second.setReadChannel(QProcess::StandardError);
    second.start(QStringLiteral(ATELIER_APP_PATH), {QStringLiteral("--db"), live});
    REQUIRE(second.waitForStarted());
    // It says so in its log (stderr) and then waits on the message box for a click.
    const QByteArray expected
        = "the store is held by process " + QByteArray::number(QCoreApplication::applicationPid());
    QByteArray said;
    const QDeadlineTimer giveUp(60000); // a bound for a hung start, not a measure of speed
    while (!said.contains(expected) && second.state() == QProcess::Running && !giveUp.hasExpired()) {
        second.waitForReadyRead(static_cast<int>(giveUp.remainingTime()));
        said += second.readAllStandardError();
    }
    INFO(said.toStdString());
    CHECK(said.contains(expected));
    CHECK_FALSE(QFileInfo::exists(live)); // the store was never opened (nor created)
    second.kill();
    second.waitForFinished();
}
