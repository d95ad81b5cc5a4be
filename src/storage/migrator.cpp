#include "storage/migrator.h"

#include "storage/customer_repository.h"
#include "storage/dialect.h"
#include "storage/foreign_key_checks_off.h"
#include "storage/search_index.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/stored_time.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>

namespace atelier {

namespace {

struct Step
{
    int version;
    QString name;
    QString path;
};

std::map<int, Step> knownSteps()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{3})_([a-z0-9_]+)\.sql$)"));
    std::map<int, Step> steps;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            const int version = match.captured(1).toInt();
            steps[version] = Step{version, match.captured(2), dir.filePath(file)};
        }
    }
    return steps;
}

// Splits a script into statements with SQLite's own notion of a complete statement, so triggers
// (BEGIN … END;) and semicolons inside strings stay intact.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString pending;
    for (const QString &line : script.split(u'\n')) {
        pending += line + u'\n';
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            if (!statement.isEmpty() && statement != QStringLiteral(";"))
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("unterminated statement in migration"));
    return statements;
}

void ensureVersionTable(const QSqlDatabase &db)
{
    sql::run(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

// Steps that need code as well as SQL.
void runCodeStep(const QSqlDatabase &db, int version)
{
    if (version == 3)
        SearchIndex(db).rebuildAll();
    if (version == 4)
        CustomerRepository(db).rebuildNameSortKeys();
}

QString stepName(int version, const QString &name)
{
    return QStringLiteral("%1_%2").arg(version, 3, 10, QChar(u'0')).arg(name);
}

QString readStep(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Other, QStringLiteral("missing migration %1").arg(path));
    return QString::fromUtf8(file.readAll());
}

void recordStep(const QSqlDatabase &db, int version, const QString &name)
{
    sql::run(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
        {version, name, toStoredText(QDateTime::currentDateTime())});
}

// The PostgreSQL baseline: the newest NNN_baseline.sql in :/sql/postgres (0 when there is none).
std::pair<int, QString> serverBaseline()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{3})_baseline\.sql$)"));
    std::pair<int, QString> found{0, QString()};
    const QDir dir(QStringLiteral(":/sql/postgres"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            found = {match.captured(1).toInt(), dir.filePath(file)};
    }
    return found;
}

// Any advisory-lock key of Atelier's own: the schema's migration (ASCII "ATELIER").
constexpr qint64 migrationLockKey = 0x0041'5445'4c49'4552;

} // namespace

QStringList Migrator::migrateServerTo(int target)
{
    const auto steps = knownSteps();
    const auto [baselineVersion, baselinePath] = serverBaseline();
    QStringList applied;
    Transaction transaction(m_db);
    // Two counters starting the new version at once: the second waits here, then finds every step
    // recorded. (A transaction-level lock: it ends with the commit or the rollback.)
    sql::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {migrationLockKey});
    int current = currentVersion();
    if (current == 0 && target >= baselineVersion && baselineVersion > 0) {
        // One script of plain statements and PL/pgSQL bodies, sent as it is (simple query protocol).
        sql::execute(m_db, readStep(baselinePath));
        for (const auto &[version, step] : steps) {
            if (version <= baselineVersion)
                recordStep(m_db, version, step.name);
        }
        applied.append(stepName(baselineVersion, QStringLiteral("baseline")));
        current = baselineVersion;
    }
    for (const auto &[version, step] : steps) {
        if (version <= current || version > target)
            continue;
        const QString variant = QStringLiteral(":/sql/postgres/%1.sql").arg(stepName(version, step.name));
        sql::execute(m_db, readStep(QFile::exists(variant) ? variant : step.path));
        recordStep(m_db, version, step.name);
        applied.append(stepName(version, step.name));
    }
    transaction.commit();
    return applied;
}

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int Migrator::latestVersion()
{
    const auto steps = knownSteps();
    return steps.empty() ? 0 : steps.rbegin()->first;
}

int Migrator::currentVersion() const
{
    if (!dialect::tableExists(m_db, QStringLiteral("schema_version")))
        return 0;
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).toInt();
}

bool Migrator::holdsForeignTables() const
{
    return backendOf(m_db) == Backend::PostgreSQL && !dialect::tableNames(m_db).isEmpty()
        && !dialect::tableExists(m_db, QStringLiteral("schema_version"));
}

QStringList Migrator::migrateTo(int target)
{
    if (backendOf(m_db) == Backend::PostgreSQL)
        return migrateServerTo(target);
    const auto steps = knownSteps();
    QStringList applied;
    // SQLite's procedure for changing a table's definition: rebuild it with enforcement off (dropping
    // a parent with it on would delete or orphan the children's rows), then check every key before
    // the commit. The pragma is ignored inside a transaction, so it is set first.
    const ForeignKeyChecksOff rebuilding(m_db);
    Transaction transaction(m_db);
    ensureVersionTable(m_db);
    const int current = currentVersion();
    for (const auto &[version, step] : steps) {
        if (version <= current || version > target)
            continue;
        for (const QString &statement : splitStatements(readStep(step.path)))
            sql::execute(m_db, statement);
        runCodeStep(m_db, version);
        recordStep(m_db, version, step.name);
        applied.append(stepName(version, step.name));
    }
    if (!applied.isEmpty()) {
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            throw StorageError::fromSqlError(check.lastError());
        if (check.next())
            throw StorageError(StorageError::Kind::Other,
                QStringLiteral("migration left a broken reference in %1").arg(check.value(0).toString()));
    }
    transaction.commit();
    return applied;
}

} // namespace atelier
