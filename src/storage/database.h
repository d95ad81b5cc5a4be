#pragma once

#include "core/audit.h"
#include "core/permissions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

class Clock;

// One connection to the store's SQLite file. The GUI thread has one; every worker thread opens its
// own on the same file (SQLite connections must not cross threads). Opening sets WAL, foreign keys
// and a busy timeout, then brings the schema up to date in one transaction.
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
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the newest schema.
    bool open(const QString &path);
    // For tests of the migration ladder: stop at `version`.
    bool openAtVersion(const QString &path, int version);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Problem problem() const { return m_problem; }
    // A sentence for people, in the UI language.
    QString errorString() const { return m_error; }
    const QString &path() const { return m_path; }
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

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    Problem m_problem = Problem::None;
    int m_schemaVersion = 0;
    AuditActor m_auditActor = AuditActor::unknownClerk();
    const Clock *m_auditClock = nullptr;
    std::optional<Role> m_role = processRole();
};

} // namespace atelier
