#include "storage/database.h"

#include "storage/migrator.h"
#include "storage/server_connection.h"
#include "storage/sql.h"
#include "storage/store_location.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

QAtomicInt connectionCounter;

// -1: no role (the owner of the files); otherwise the Role's value. Atomic: worker threads open
// connections while the GUI thread logs someone in.
QAtomicInt processRoleValue(-1);

// libpq's options for a store on a server: give up connecting after 5 s, and notice a server or network
// that went away within about 5 s (TCP keepalives every second after 2 s idle, and an unacknowledged
// send abandoned after 5 s), so that the GUI never waits longer. The location's own options win.
QStringList serverConnectOptions(const QStringList &fromLocation)
{
    QStringList options = fromLocation;
    const auto add = [&options](const QString &keyword, const QString &value) {
        for (const QString &option : options)
            if (option.startsWith(keyword + u'='))
                return;
        options.append(keyword + u'=' + value);
    };
    add(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    add(QStringLiteral("keepalives"), QStringLiteral("1"));
    add(QStringLiteral("keepalives_idle"), QStringLiteral("2"));
    add(QStringLiteral("keepalives_interval"), QStringLiteral("1"));
    add(QStringLiteral("keepalives_count"), QStringLiteral("2"));
    add(QStringLiteral("tcp_user_timeout"), QStringLiteral("5000"));
    add(QStringLiteral("application_name"), QStringLiteral("atelier"));
    return options;
}

} // namespace

std::optional<Role> Database::processRole()
{
    const int value = processRoleValue.loadAcquire();
    if (value < 0)
        return std::nullopt;
    return static_cast<Role>(value);
}

void Database::setProcessRole(std::optional<Role> role)
{
    processRoleValue.storeRelease(role ? static_cast<int>(*role) : -1);
}

Database::Database()
    : m_connectionName(QStringLiteral("atelier-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    close();
    return false;
}

bool Database::open(const QString &path)
{
    return openAtVersion(path, Migrator::latestVersion());
}

bool Database::openAtVersion(const QString &location, int version)
{
    close();
    m_path = location;
    m_problem = Problem::None;
    m_error.clear();

    QString refused;
    const StoreLocation parsed = StoreLocation::parse(location, &refused);
    if (!refused.isEmpty())
        return fail(Problem::BadLocation, refused);
    m_backend = parsed.isServer() ? Backend::PostgreSQL : Backend::SQLite;
    if (!(parsed.isServer() ? openServer(parsed) : openFile(location)))
        return false;
    return migrate(version, parsed);
}

bool Database::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(Problem::CannotOpen, tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.exists() && !info.isWritable())
        return fail(Problem::ReadOnly,
            tr("The database %1 is read-only. Ask whoever manages this computer to make it writable.")
                .arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir(info.absolutePath()).exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Problem::CannotOpen,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // A data folder made for the store is the owner's alone, like the file in it.
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        // The store's customers are in this file: owner-only from the start (SQLite gives its -wal
        // and -shm files the same permissions).
        QFile created(path);
        if (created.open(QIODevice::WriteOnly))
            created.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(Problem::CannotOpen, tr("Cannot open the database: %1").arg(m_db.lastError().text()));
    return true;
}

bool Database::openServer(const StoreLocation &location)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Problem::CannotOpen,
            tr("This computer cannot reach a PostgreSQL server: Qt's PostgreSQL driver is not installed "
               "(Debian package libqt6sql6-psql)."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!location.host().isEmpty())
        m_db.setHostName(location.host());
    if (location.port() > 0)
        m_db.setPort(location.port());
    m_db.setDatabaseName(location.database());
    if (!location.user().isEmpty())
        m_db.setUserName(location.user());
    m_db.setConnectOptions(serverConnectOptions(location.options()).join(u';'));
    if (!m_db.open()) {
        const QString detail = m_db.lastError().text().trimmed();
        spdlog::warn("cannot connect to the PostgreSQL server");
        if (detail.contains(QLatin1String("password")) || detail.contains(QLatin1String("authentication")))
            return fail(Problem::AccessDenied,
                tr("The server refused the connection to %1: %2. If it asks for a password, put it in "
                   "the password file ~/.pgpass (see docs/postgresql.md); a location never holds one.")
                    .arg(location.display(), detail));
        if (detail.contains(QLatin1String("does not exist")))
            return fail(Problem::CannotOpen,
                tr("The server has no %1 (%2). Make the database first (docs/postgresql.md).")
                    .arg(location.display(), detail));
        return fail(Problem::Unreachable,
            tr("Cannot reach %1: %2. Check that the server is running and the network is up, then try "
               "again.")
                .arg(location.display(), detail));
    }
    keepValuesOutOfErrors(m_db);
    try {
        turnOffJit(m_db);
    } catch (const StorageError &error) {
        return fail(Problem::Unreachable, error.userMessage());
    }
    return true;
}

bool Database::migrate(int version, const StoreLocation &location)
{
    try {
        if (m_backend == Backend::SQLite && !applyPragmas())
            return false;
        Migrator migrator(m_db);
        if (migrator.holdsForeignTables())
            return fail(Problem::NotADatabase,
                tr("%1 holds the tables of another program, not an Atelier store. It was left untouched; "
                   "give Atelier an empty database or one of its own.")
                    .arg(location.isServer() ? location.display()
                                             : QDir::toNativeSeparators(location.path())));
        const int current = migrator.currentVersion();
        if (current > Migrator::latestVersion()) {
            return fail(Problem::TooNew,
                tr("This database was written by a newer version of Atelier (schema %1; this program knows "
                   "up "
                   "to %2). Install the newer version; the database was left untouched.")
                    .arg(current)
                    .arg(Migrator::latestVersion()));
        }
        for (const QString &step : migrator.migrateTo(version))
            spdlog::info("migration applied: {}", step.toStdString());
        m_schemaVersion = migrator.currentVersion();
    } catch (const StorageError &error) {
        switch (error.kind()) {
        case StorageError::Kind::Busy:
            return fail(Problem::Locked,
                tr("The database is locked by another program. Close the other Atelier window or wait for "
                   "the "
                   "nightly job to finish, then start again."));
        case StorageError::Kind::ReadOnly:
            return fail(Problem::ReadOnly, tr("The database is read-only; it cannot be opened for work."));
        case StorageError::Kind::NotADatabase:
            // SQLite reads the header before the first pragma writes anything: a foreign file is
            // refused here, untouched. (It is not read with QFile first: closing any descriptor of a
            // file drops every SQLite lock this process holds on it; see docs/architecture.md.)
            return fail(Problem::NotADatabase,
                tr("%1 is not an Atelier database (it is not an SQLite file). It was left untouched.")
                    .arg(QDir::toNativeSeparators(location.path())));
        case StorageError::Kind::ConnectionLost:
            return fail(Problem::Unreachable,
                tr("The connection to %1 was lost while opening the store. Try again.")
                    .arg(location.display()));
        default:
            return fail(
                Problem::MigrationFailed, tr("The database could not be prepared: %1").arg(error.detail()));
        }
    }
    return true;
}

bool Database::applyPragmas()
{
    // WAL lets the nightly job read while the counter writes; FULL sync so that a power cut never
    // loses a sale that the clerk saw saved.
    const QVariant mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (mode.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(Problem::CannotOpen,
            tr("The database cannot use write-ahead logging here (%1).").arg(mode.toString()));
    sql::run(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

} // namespace atelier
