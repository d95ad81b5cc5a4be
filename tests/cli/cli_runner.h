#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace atelier::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built atelier-cli with its data folder (and so its log) inside `home`.
CliRun runCli(
    const QStringList &arguments, const QString &home, const QString &locale = QStringLiteral("C.UTF-8"));

// A temporary folder with a 200-customer demo store (seed 7), made once per test run.
class DemoFixture
{
public:
    static const DemoFixture &instance();
    QString database() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QString folder() const { return m_dir.path(); }
    // The export of the whole store, for picking known customers.
    const QByteArray &exportBytes() const { return m_export; }

private:
    DemoFixture();
    QTemporaryDir m_dir;
    QByteArray m_export;
};

} // namespace atelier::testing
