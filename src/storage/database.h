#pragma once

#include "core/audit.h"
#include "core/permissions.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class StoreLocation;

// One connection to the store: its SQLite file, or its PostgreSQL database (see StoreLocation). The
// GUI thread has one; every worker thread opens its own on the same location (connections must not
// cross threads). Opening an SQLite file sets WAL, foreign keys and a busy timeout; opening a server
// sets timeouts so that a server that is gone is noticed within seconds. Either way the schema is then
// brought up to date in one transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Problem
    {
        None,
        NotADatabase, // the file exists but is not SQLite: refused and left untouched
        TooNew, // written by a newer Atelier
        ReadOnly,
        Locked, // another program holds the file
        CannotOpen,
        MigrationFailed,
        Unreachable, // the server did not answer in time, or refused the connection
        AccessDenied, // the server refused the user (a wrong or missing password, pg_hba.conf)
        BadLocation, // not a location (a password in it, a URI libpq does not understand)
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the newest schema. `location` is a file's path or a
    // PostgreSQL URI (StoreLocation).
    bool open(const QString &location);
    // For tests of the migration ladder: stop at `version` (SQLite: PostgreSQL starts at the baseline).
    bool openAtVersion(const QString &location, int version);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Problem problem() const { return m_problem; }
    // A sentence for people, in the UI language.
    QString errorString() const { return m_error; }
    // The location as given: the file's path or the server's URI (never a password). Worker threads
    // open their own connection with it.
    const QString &path() const { return m_path; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    Backend backend() const { return m_backend; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const { return m_db; }

    // Who the audit trail names for writes on this connection (Store keeps it current: the counter
    // clerk, the CLI's OS user, the nightly job). Kept with the connection so that every service
    // that writes finds it without another constructor argument.
    const AuditActor &auditActor() const { return m_auditActor; }
    void setAuditActor(const AuditActor &actor) { m_auditActor = actor; }
    // The clock the trail's times come from for services that keep none (the Store's clock, so a
    // test's FixedClock dates rule changes and exports too); null: the system's time.
    const Clock *auditClock() const { return m_auditClock; }
    void setAuditClock(const Clock *clock) { m_auditClock = clock; }

    // The role of the person working on this connection, which guarded services check (see
    // services/access.h). No role: the owner of the files at work — atelier-cli, which the
    // operating system's permissions guard, and the nightly run — who may do everything. A new
    // connection starts with the process's role, so a worker thread acts for the person logged in.
    std::optional<Role> role() const { return m_role; }
    void setRole(std::optional<Role> role) { m_role = role; }
    static std::optional<Role> processRole();
    static void setProcessRole(std::optional<Role> role);

private:
    bool fail(Problem problem, const QString &message);
    bool applyPragmas();
    bool openFile(const QString &path);
    bool openServer(const StoreLocation &location);
    bool migrate(int version, const StoreLocation &location);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    Problem m_problem = Problem::None;
    Backend m_backend = Backend::SQLite;
    int m_schemaVersion = 0;
    AuditActor m_auditActor = AuditActor::unknownClerk();
    const Clock *m_auditClock = nullptr;
    std::optional<Role> m_role = processRole();
};

} // namespace atelier
