#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <stdexcept>

#include <catch2/catch.hpp>

namespace atelier::testing {

CliRun runCli(const QStringList &arguments, const QString &home, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    // Its own settings (no UI language chosen) and a known system locale: the CLI speaks English
    // unless a test asks for Chinese.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATELIER_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray exportedCustomers(const QString &database, const QString &home)
{
    const QString csv = QDir(home).filePath(QStringLiteral("export.csv"));
    QFile::remove(csv);
    const CliRun run = runCli({QStringLiteral("--db"), database, QStringLiteral("export"),
                                  QStringLiteral("customers"), QStringLiteral("--out"), csv},
        home);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CliRun makeDemo(const QString &database, const QString &home)
{
    return runCli({QStringLiteral("--db"), database, QStringLiteral("demo"), QStringLiteral("--customers"),
                      QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--until"), QStringLiteral("2026-06-30")},
        home);
}

const DemoFixture &DemoFixture::instance()
{
    static const DemoFixture fixture;
    return fixture;
}

DemoFixture::DemoFixture()
{
    const CliRun demo = makeDemo(database(), folder());
    if (demo.exitCode != 0)
        throw std::runtime_error("demo failed: " + demo.err.toStdString());
    const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
    const CliRun exported = runCli({QStringLiteral("--db"), database(), QStringLiteral("export"),
                                       QStringLiteral("customers"), QStringLiteral("--out"), csv},
        folder());
    QFile file(csv);
    if (exported.exitCode != 0 || !file.open(QIODevice::ReadOnly))
        throw std::runtime_error("export failed: " + exported.err.toStdString());
    m_export = file.readAll();
}

} // namespace atelier::testing
