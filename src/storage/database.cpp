#include "storage/database.h"

#include "storage/migrator.h"
#include "storage/sql.h"

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

bool Database::openAtVersion(const QString &path, int version)
{
    close();
    m_path = path;
    m_problem = Problem::None;
    m_error.clear();

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

    try {
        if (!applyPragmas())
            return false;
        Migrator migrator(m_db);
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
                    .arg(QDir::toNativeSeparators(path)));
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
