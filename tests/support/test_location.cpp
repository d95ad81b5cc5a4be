#include "support/test_location.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <memory>
#include <stdexcept>

namespace atelier::testing {

namespace {

QAtomicInt databaseCounter;

QString serverBase()
{
    return qEnvironmentVariable("ATELIER_TEST_POSTGRES");
}

// `base` with another database: postgresql:///?host=… becomes postgresql:///NAME?host=….
QString withDatabase(const QString &base, const QString &database)
{
    const qsizetype query = base.indexOf(u'?');
    const QString head = query < 0 ? base : base.left(query);
    const QString tail = query < 0 ? QString() : base.mid(query);
    const qsizetype slash = head.indexOf(u'/', head.indexOf(QLatin1String("//")) + 2);
    return (slash < 0 ? head : head.left(slash)) + u'/' + database + tail;
}

// Administrative statements run on the server's `postgres` database, outside any test's connection.
void runOnServer(const QString &statement)
{
    const QByteArray location = withDatabase(serverBase(), QStringLiteral("postgres")).toUtf8();
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectdb(location.constData()), &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK)
        throw std::runtime_error(std::string("test server: ") + PQerrorMessage(connection.get()));
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(), statement.toUtf8().constData()), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        throw std::runtime_error(std::string("test server: ") + PQerrorMessage(connection.get()));
}

} // namespace

bool onPostgres()
{
    return !serverBase().isEmpty();
}

TestLocation::TestLocation(const QString &folder, const QString &fileName)
{
    if (!onPostgres()) {
        m_text = QDir(folder).filePath(fileName);
        return;
    }
    m_database = QStringLiteral("t_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(databaseCounter.fetchAndAddRelaxed(1));
    runOnServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE atelier_template").arg(m_database));
    m_text = withDatabase(serverBase(), m_database);
}

TestLocation::~TestLocation()
{
    if (m_database.isEmpty())
        return;
    try {
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    } catch (const std::exception &) {
        // The server is being stopped; its folder goes with it.
    }
}

} // namespace atelier::testing
