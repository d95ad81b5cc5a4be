#include "services/backup_copier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace atelier {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

CopierResult refused(const QString &error, bool badInput = false)
{
    CopierResult result;
    result.badInput = badInput;
    result.error = error;
    return result;
}

// The bytes on the disk before the name appears: a stick pulled out after the rename still has the
// whole file. QSaveFile syncs the file on commit too; the folder's entry is synced here.
bool syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
#else
    Q_UNUSED(folder)
#endif
}

QString freeName(const QString &folder, const QString &name)
{
    QString candidate = name;
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(candidate)); ++n)
        candidate = name + QStringLiteral("-%1").arg(n);
    return candidate;
}

// The plain copy: the same bytes, in chunks so that progress and cancel work.
CipherResult copyBytes(QIODevice &in, qint64 size, QIODevice &out, const CipherProgress &progress)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 got = in.read(chunk.data(), std::min<qint64>(chunk.size(), size - done));
        if (got <= 0)
            return {CipherProblem::ReadFailed, in.errorString()};
        if (out.write(chunk.constData(), got) != got)
            return {CipherProblem::WriteFailed, out.errorString()};
        done += got;
        if (progress && !progress(done, size))
            return {CipherProblem::Cancelled, QString()};
    }
    return {};
}

QString copyFailure(const CipherResult &written, const QString &folder)
{
    switch (written.problem) {
    case CipherProblem::Cancelled:
        return BackupCopier::tr("The copy was cancelled; nothing was left in %1.").arg(native(folder));
    case CipherProblem::ReadFailed:
        return BackupCopier::tr("The backup could not be read (%1); nothing was left in %2.")
            .arg(written.detail, native(folder));
    default:
        break;
    }
    // A write error that Qt could not name says nothing a person can use.
    const QString reason = written.detail.isEmpty() || written.detail == QStringLiteral("Unknown error")
        ? QString()
        : QStringLiteral(" (%1)").arg(written.detail);
    return BackupCopier::tr(
        "The copy to %1 stopped part way%2: the disk or USB stick may be full or was pulled "
        "out. No file was left under the copy's name.")
        .arg(native(folder), reason);
}

} // namespace

CopierResult BackupCopier::copy(const QString &backupPath, const QString &folder,
    const std::optional<QString> &passphrase, const CipherProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (passphrase && !BackupCipher::longEnough(*passphrase))
        return refused(BackupCipher::message(CipherProblem::PassphraseTooShort), true);
    const QFileInfo target(folder);
    if (folder.isEmpty() || !target.isDir())
        return refused(tr("The folder %1 is not there. If it is on a USB stick, is the stick plugged in?")
                           .arg(native(folder)),
            true);
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return refused(tr("The backup %1 could not be read (%2).").arg(native(backupPath), in.errorString()));
    const QString name = freeName(target.absoluteFilePath(),
        QFileInfo(backupPath).fileName() + (passphrase ? encryptedSuffix() : QString()));
    QSaveFile out(QDir(target.absoluteFilePath()).filePath(name));
    if (!out.open(QIODevice::WriteOnly))
        return refused(
            tr("Cannot write in %1 (%2): the folder may be read-only or the disk full. Nothing was "
               "written.")
                .arg(native(folder), out.errorString()));
    // Owner-only where the folder's file system keeps permissions (a USB stick's FAT does not), as the
    // backups themselves are.
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const CipherResult written = passphrase ? BackupCipher::encrypt(in, in.size(), out, *passphrase, progress)
                                            : copyBytes(in, in.size(), out, progress);
    if (!written.ok() || !syncToDisk(out) || !out.commit()) {
        out.cancelWriting();
        const CipherResult failure
            = written.ok() ? CipherResult{CipherProblem::WriteFailed, out.errorString()} : written;
        spdlog::error(
            "backup copy not written after {} ms: {}", timer.elapsed(), failure.detail.toStdString());
        CopierResult result = refused(failure.problem == CipherProblem::PassphraseTooShort
                ? BackupCipher::message(failure.problem)
                : copyFailure(failure, folder),
            failure.problem == CipherProblem::PassphraseTooShort);
        result.cancelled = failure.problem == CipherProblem::Cancelled;
        return result;
    }
    syncFolder(target.absoluteFilePath());
    spdlog::info("backup copied out{}: {} bytes in {} ms", passphrase ? ", encrypted" : ", not encrypted",
        in.size(), timer.elapsed());
    CopierResult result;
    result.ok = true;
    result.path = out.fileName();
    return result;
}

bool BackupCopier::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && BackupCipher::looksEncrypted(file.read(16));
}

CopierResult BackupCopier::decrypt(const QString &encryptedPath, const QString &folder,
    const QString &passphrase, const CipherProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return refused(tr("Cannot read %1 (%2).").arg(native(encryptedPath), in.errorString()),
            !QFileInfo::exists(encryptedPath));
    if (!QDir().mkpath(folder))
        return refused(tr("Cannot write in %1.").arg(native(folder)));
    QTemporaryFile out(QDir(folder).filePath(QStringLiteral("decrypted-XXXXXX")));
    if (!out.open())
        return refused(tr("Cannot write in %1 (%2).").arg(native(folder), out.errorString()));
    const CipherResult opened = BackupCipher::decrypt(in, out, passphrase, progress);
    if (!opened.ok()) {
        spdlog::warn(
            "encrypted backup not opened after {} ms: problem {}", timer.elapsed(), int(opened.problem));
        CopierResult result;
        result.cancelled = opened.problem == CipherProblem::Cancelled;
        result.badInput = opened.problem != CipherProblem::WriteFailed
            && opened.problem != CipherProblem::ReadFailed && !result.cancelled
            && opened.problem != CipherProblem::NoMemory;
        result.error = opened.problem == CipherProblem::WriteFailed
            ? tr("The backup could not be written out in %1 (%2).").arg(native(folder), opened.detail)
            : tr("%1: %2").arg(native(encryptedPath), BackupCipher::message(opened.problem));
        return result; // the temporary file goes with `out`
    }
    // pg_dump's archives begin so; anything else inside is an SQLite copy, which the restore checks.
    out.seek(0);
    const QString suffix
        = out.read(5) == QByteArrayLiteral("PGDMP") ? QStringLiteral(".dump") : QStringLiteral(".sqlite");
    const QString path = out.fileName() + suffix;
    if (!syncToDisk(out) || !out.rename(path))
        return refused(
            tr("The backup could not be written out in %1 (%2).").arg(native(folder), out.errorString()));
    out.setAutoRemove(false);
    spdlog::info("encrypted backup opened: {} bytes in {} ms", out.size(), timer.elapsed());
    CopierResult result;
    result.ok = true;
    result.path = path;
    return result;
}

} // namespace atelier
