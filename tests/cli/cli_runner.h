#pragma once

#include "support/test_location.h"

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

// The store's customers as `atelier-cli export customers` writes them (a file in `home`), for "the store
// is as it was" checks; the export must succeed.
QByteArray exportedCustomers(const QString &database, const QString &home);

// The demo store the fixture below holds (200 customers, seed 7, until 2026-06-30), made at `database`.
CliRun makeDemo(const QString &database, const QString &home);

// A temporary folder with a 200-customer demo store (seed 7), made once per test run: a file in the folder,
// or a database of its own on the PostgreSQL test server.
class DemoFixture
{
public:
    static const DemoFixture &instance();
    QString database() const { return m_location.text(); }
    QString folder() const { return m_dir.path(); }
    // The export of the whole store, for picking known customers.
    const QByteArray &exportBytes() const { return m_export; }

private:
    DemoFixture();
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("demo.sqlite")};
    QByteArray m_export;
};

} // namespace atelier::testing
