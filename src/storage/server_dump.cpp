#include "storage/server_dump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <libpq-fe.h>

#include <spdlog/spdlog.h>

#include <memory>

namespace atelier {

namespace {

const QString debianServerPrograms = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Run
{
    bool ok = false;
    QString problem; // for the log and the message: the program's first line of complaint
};

// Runs a PostgreSQL program to its end. Its output is thrown away unless `keepOutput`; its complaint
// (stderr) names objects and the server, never rows.
Run runProgram(const QString &name, const QStringList &arguments, QByteArray *output = nullptr)
{
    Run run;
    const QString path = ServerDump::program(name);
    if (path.isEmpty()) {
        run.problem = ServerDump::tr("%1 was not found (install postgresql-client-15).").arg(name);
        return run;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A server that is gone is given up within seconds, as the app's own connections do.
    if (!environment.contains(QStringLiteral("PGCONNECT_TIMEOUT")))
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("5"));
    process.setProcessEnvironment(environment);
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(path, arguments);
    if (!process.waitForStarted()) {
        run.problem = process.errorString();
        return run;
    }
    QByteArray collected;
    while (!process.waitForFinished(1000)) {
        if (output)
            collected += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (output)
        *output = collected + process.readAllStandardOutput();
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok) {
        const QString complaint = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        run.problem = complaint.section(u'\n', 0, 0);
        if (run.problem.isEmpty())
            run.problem = ServerDump::tr("%1 stopped with exit code %2.").arg(name).arg(process.exitCode());
        spdlog::error(
            "{} failed (exit {}): {}", name.toStdString(), process.exitCode(), run.problem.toStdString());
    }
    return run;
}

} // namespace

QString ServerDump::program(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, {debianServerPrograms});
}

bool ServerDump::available()
{
    return !program(QStringLiteral("pg_dump")).isEmpty() && !program(QStringLiteral("pg_restore")).isEmpty();
}

BackupCopy ServerDump::write(const QString &location, const QString &folder, const QString &fileName)
{
    BackupCopy copy;
    const QDir dir(folder);
    copy.error = BackupFile::makeFolder(folder);
    if (!copy.ok())
        return copy;
    const QString finalPath = dir.filePath(fileName);
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial);
    // Made owner-only before pg_dump writes into it.
    QFile placeholder(partial);
    if (!placeholder.open(QIODevice::WriteOnly)) {
        copy.error = tr("Cannot write in the backup folder %1 (%2).")
                         .arg(QDir::toNativeSeparators(folder), placeholder.errorString());
        return copy;
    }
    placeholder.close();
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    const Run dumped = runProgram(QStringLiteral("pg_dump"),
        {QStringLiteral("--format=custom"), QStringLiteral("--file=") + partial,
            QStringLiteral("--dbname=") + location});
    if (!dumped.ok) {
        QFile::remove(partial);
        copy.error = tr("pg_dump could not back up the server's database: %1").arg(dumped.problem);
        return copy;
    }
    if (const QString problem = check(partial, Depth::Contents); !problem.isEmpty()) {
        QFile::remove(partial);
        copy.error = problem;
        return copy;
    }
    copy.sha256 = BackupFile::sha256Of(partial);
    copy.sizeBytes = QFileInfo(partial).size();
    if (copy.sha256.isEmpty() || !QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        copy.error = tr("Cannot put the backup in place as %1.").arg(QDir::toNativeSeparators(finalPath));
        return copy;
    }
    copy.path = finalPath;
    return copy;
}

QString ServerDump::check(const QString &path, Depth depth)
{
    if (!QFileInfo(path).isFile())
        return tr("There is no backup at %1.").arg(QDir::toNativeSeparators(path));
    QByteArray contents;
    const Run read = depth == Depth::Contents
        ? runProgram(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path}, &contents)
        : runProgram(QStringLiteral("pg_restore"), {QStringLiteral("--file=-"), path});
    if (!read.ok)
        return tr("%1 is not a server backup that pg_restore can read (%2).")
            .arg(QDir::toNativeSeparators(path), read.problem);
    // Atelier's own archive: its schema_version table is in it.
    if (depth == Depth::Contents && !contents.contains(" TABLE public schema_version ")
        && !contents.contains(" TABLE schema_version "))
        return tr("%1 is a PostgreSQL backup, but not of an Atelier store.")
            .arg(QDir::toNativeSeparators(path));
    return QString();
}

std::optional<int> ServerDump::relationCount(const QString &location, QString *error)
{
    const QByteArray conninfo = location.toUtf8();
    const char *keys[] = {"dbname", "connect_timeout", nullptr};
    const char *values[] = {conninfo.constData(), "5", nullptr};
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectdbParams(keys, values, 1), &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(connection.get())).trimmed();
        return std::nullopt;
    }
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(),
            "SELECT count(*) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"),
        &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        if (error)
            *error = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
        return std::nullopt;
    }
    return QByteArray(PQgetvalue(result.get(), 0, 0)).toInt();
}

QString ServerDump::restore(const QString &location, const QString &path)
{
    const Run restored = runProgram(QStringLiteral("pg_restore"),
        {QStringLiteral("--dbname=") + location, QStringLiteral("--no-owner"),
            QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"), path});
    return restored.ok ? QString() : tr("pg_restore could not restore the backup: %1").arg(restored.problem);
}

} // namespace atelier
