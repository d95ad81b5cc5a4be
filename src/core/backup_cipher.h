#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace atelier {

// Atelier's encrypted backup copy: a backup file (an SQLite copy or a pg_dump archive) made useless to
// whoever finds the USB stick it was copied to. libsodium's crypto_secretstream_xchacha20poly1305 under a
// key derived from a passphrase with Argon2id; the passphrase is never written anywhere.
//
// The file, every number big-endian:
//    0  magic          16  "\x89ATELIER-ENC\r\n\x1a\n" (another program's file is told by it)
//   16  version         2  1 (a higher one: made by a newer Atelier)
//   18  kdf             1  2 = crypto_pwhash_ALG_ARGON2ID13
//   19  chunk bits      1  16: the plain text goes in chunks of 2^16 bytes = 64 KiB (version 1: only 16)
//   20  opslimit        4  Argon2id passes
//   24  memlimit        4  Argon2id memory, in KiB
//   28  plain size      8  bytes of the backup inside
//   36  salt           16  random, new for every copy
//   52  stream header  24  crypto_secretstream's
//   76  key check      33  the stream's first message: 16 fixed bytes, with bytes 0-75 as additional data
//  109  checksum       16  BLAKE2b-128 (no key) of bytes 0-108
//  125  chunks             each chunk + 17 bytes; all full but the last, which carries TAG_FINAL
// The plain size fixes the file's length, so a file cut short is told from one damaged in place. The
// checksum tells a damaged header or key check from a wrong passphrase: when it matches, a key check that
// does not open means the key is wrong; after it, a chunk that does not open means damage. Every later
// version keeps the magic, the version and the checksum where they are, so a newer file is told from a
// damaged one.
//
// The limits of a new copy are libsodium's "interactive" ones, 2 passes over 64 MiB: about 0.4 s on the
// development machine (2 cores, shared and busy), so a guesser gets a few tries a second
// per core and the manager waits no longer than for a click. A file asking for more than 16 passes or
// 1 GiB is refused as damaged.
enum class CipherProblem
{
    None,
    NotEncryptedBackup, // not a file of this format (another program's, or a plain backup)
    NewerFormat, // a later version of the format
    WrongPassphrase, // the key check did not open, the file being intact
    Truncated, // shorter than its header says
    Damaged, // a byte changed (header, key check, a chunk), or bytes beyond the end
    PassphraseTooShort, // at creation: fewer than minimumPassphraseLength characters
    ReadFailed, // the source device failed (detail says how)
    WriteFailed, // the target device failed: full, read-only, gone (detail says how)
    Cancelled, // the progress callback said stop
    NoMemory, // Argon2id could not get its memory
};

struct CipherResult
{
    CipherProblem problem = CipherProblem::None;
    QString detail; // the device's errorString() for ReadFailed/WriteFailed; never secret
    bool ok() const { return problem == CipherProblem::None; }
};

// A derived key and the Argon2id settings it came from (written into the header of a new copy). Wiped
// when it goes.
struct BackupKey
{
    std::array<unsigned char, 32> bytes{};
    std::array<unsigned char, 16> salt{};
    quint32 opsLimit = 0;
    quint32 memLimitKiB = 0;
    ~BackupKey();
};

// Called after each chunk with the plain bytes done so far and the total; returning false cancels.
using CipherProgress = std::function<bool(qint64 done, qint64 total)>;

class BackupCipher
{
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)
public:
    static constexpr int minimumPassphraseLength = 8; // characters (code points), not bytes
    static constexpr quint32 defaultOpsLimit = 2;
    static constexpr quint32 defaultMemLimitKiB = 64 * 1024;
    static constexpr qint64 headerSize = 125;

    // Whether a new copy may be made with this passphrase: minimumPassphraseLength characters at least.
    static bool longEnough(const QString &passphrase);
    // Whether `start` (the first bytes of a file; 16 are enough) is this format's magic.
    static bool looksEncrypted(const QByteArray &start);
    // Bytes an encrypted copy of `plainSize` bytes takes.
    static qint64 encryptedSize(qint64 plainSize);

    // Argon2id over the passphrase (NFC, UTF-8) with a fresh random salt and the default limits, or with
    // the given salt and limits. nullopt when Argon2id cannot get its memory.
    static std::optional<BackupKey> deriveKey(const QString &passphrase);
    static std::optional<BackupKey> deriveKey(const QString &passphrase,
        const std::array<unsigned char, 16> &salt, quint32 opsLimit, quint32 memLimitKiB);

    // Writes `plainSize` bytes of `plain` encrypted to `out` (both open). A passphrase shorter than 8
    // characters is refused before anything is read or written. The caller makes `out` durable (QSaveFile)
    // and drops it unless the result is ok.
    static CipherResult encrypt(QIODevice &plain, qint64 plainSize, QIODevice &out, const QString &passphrase,
        const CipherProgress &progress = {});
    // The same with a key already derived; its salt and limits go into the header.
    static CipherResult encrypt(QIODevice &plain, qint64 plainSize, QIODevice &out, const BackupKey &key,
        const CipherProgress &progress = {});

    // Reads an encrypted copy from `encrypted` and writes the backup inside to `out`. The key is derived
    // from the passphrase with the header's salt and limits. Bytes reach `out` only after the key check
    // passed; the caller drops them unless the result is ok (the last chunk's tag is checked at the end).
    static CipherResult decrypt(
        QIODevice &encrypted, QIODevice &out, const QString &passphrase, const CipherProgress &progress = {});
    // The same with the key given: the header's salt and limits are checked but not used, so a fuzzer
    // can run it without Argon2id for each input.
    static CipherResult decrypt(
        QIODevice &encrypted, QIODevice &out, const BackupKey &key, const CipherProgress &progress = {});

    // A sentence for people for each problem (without the device's detail).
    static QString message(CipherProblem problem);
};

} // namespace atelier
