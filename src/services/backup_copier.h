#pragma once

#include "core/backup_cipher.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The outcome of copying a backup out, or of opening an encrypted copy: the file written, or a
// sentence for people. badInput: the person can put it right (a short or wrong passphrase, a file
// that is no encrypted backup, a folder that is not there); otherwise the disk failed.
struct CopierResult
{
    bool ok = false;
    bool badInput = false;
    bool cancelled = false;
    QString path; // the copy written, or the decrypted backup
    QString error;
};

// Copies of a backup taken off the computer (a USB stick, a shared folder): encrypted with a passphrase
// (BackupCipher) as "<backup file>.encrypted", or as they are, on request. A copy is written under a
// temporary name in the target folder and renamed only when its last byte is written and on the disk
// (flushed, fsync'ed): a full, read-only or pulled-out stick leaves nothing under the copy's name.
// The target folder must exist: an absent stick's mount point is not made on the computer's own disk.
// Works for an SQLite copy and a pg_dump archive alike. No passphrase is kept or logged.
class BackupCopier
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopier)
public:
    static QString encryptedSuffix() { return QStringLiteral(".encrypted"); }

    // Copies `backupPath` into `folder`: encrypted when a passphrase is given (8 characters at least),
    // as it is otherwise. An existing file of that name is never overwritten: a suffix is added.
    static CopierResult copy(const QString &backupPath, const QString &folder,
        const std::optional<QString> &passphrase, const CipherProgress &progress = {});

    // Whether `path` starts as an encrypted copy does.
    static bool isEncrypted(const QString &path);
    // Decrypts an encrypted copy into a new owner-only file in `folder`, named for its contents
    // (.sqlite or .dump) so that the restore paths know it; the caller removes it after the restore.
    // On any failure nothing is left in `folder`.
    static CopierResult decrypt(const QString &encryptedPath, const QString &folder,
        const QString &passphrase, const CipherProgress &progress = {});
};

} // namespace atelier
