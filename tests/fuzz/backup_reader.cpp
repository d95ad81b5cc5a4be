// The reader of an encrypted backup copy (core/backup_cipher.h) under a fixed key: what a USB stick
// holds is untrusted. Beside not crashing: a refusal is one a reader can give and has a sentence; a copy
// of another program, of a newer format or under another key writes nothing; a copy that opens gives
// exactly as many bytes as its header says.
#include "core/backup_cipher.h"
#include "support/fixed_backup_key.h"
#include "support/fuzz_input.h"

#include <QBuffer>
#include <QtEndian>

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    QBuffer encrypted;
    encrypted.setData(bytes);
    encrypted.open(QIODevice::ReadOnly);
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    const CipherResult result = BackupCipher::decrypt(encrypted, plain, fuzz::fixedBackupKey());
    const QString problem = QString::number(static_cast<int>(result.problem));

    // Fewer bytes than the magic that start like it are a copy cut short.
    if (!BackupCipher::looksEncrypted(bytes))
        FUZZ_CHECK(result.problem == CipherProblem::NotEncryptedBackup
                || (bytes.size() < 16 && result.problem == CipherProblem::Truncated),
            problem);
    if (result.ok()) {
        const qint64 plainSize = qFromBigEndian<qint64>(bytes.constData() + 28);
        FUZZ_CHECK(plain.size() == plainSize && bytes.size() == BackupCipher::encryptedSize(plainSize),
            QString::number(plain.size()));
        return 0;
    }
    switch (result.problem) {
    case CipherProblem::NotEncryptedBackup:
    case CipherProblem::NewerFormat:
    case CipherProblem::WrongPassphrase:
        FUZZ_CHECK(plain.size() == 0, problem);
        break;
    case CipherProblem::Truncated:
    case CipherProblem::Damaged:
        break;
    default: // a writer's problems, or a read of memory that cannot fail
        FUZZ_CHECK(false, problem);
    }
    FUZZ_CHECK(!BackupCipher::message(result.problem).isEmpty(), problem);
    return 0;
}
