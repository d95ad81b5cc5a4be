#include "core/backup_cipher.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace atelier {

namespace {

constexpr char magic[] = "\x89"
                         "ATELIER-ENC\r\n\x1a\n";
constexpr qsizetype magicSize = 16;
constexpr quint16 formatVersion = 1;
constexpr quint8 kdfArgon2id13 = 2; // crypto_pwhash_ALG_ARGON2ID13's number, fixed here for the file
constexpr quint8 chunkBits = 16;
constexpr qsizetype keyCheckSize = 16;
// The key check's plain text: any fixed bytes would do; these say what they are.
constexpr unsigned char keyCheckText[keyCheckSize]
    = {'A', 't', 'e', 'l', 'i', 'e', 'r', '-', 'k', 'e', 'y', '-', 'o', 'k', '.', '\n'};
// Offsets in the header (see backup_cipher.h).
constexpr qsizetype versionAt = 16, kdfAt = 18, chunkBitsAt = 19, opsAt = 20, memAt = 24, sizeAt = 28,
                    saltAt = 36, streamAt = 52, keyCheckAt = 76, checksumAt = 109;
constexpr qsizetype aBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// What a file may ask of Argon2id before it is taken for damaged: a header is only checked by its
// checksum, which anyone can recompute, so these keep a crafted file from taking the machine.
constexpr quint32 maxOpsLimit = 16;
constexpr quint32 maxMemLimitKiB = 1024 * 1024;
constexpr quint64 maxPlainSize = quint64(1) << 48;

static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24);
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);
static_assert(crypto_pwhash_ALG_ARGON2ID13 == kdfArgon2id13);
static_assert(keyCheckAt + keyCheckSize + aBytes == checksumAt);
static_assert(checksumAt + 16 == BackupCipher::headerSize);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

CipherResult failed(CipherProblem problem, const QString &detail = QString())
{
    return {problem, detail};
}

// Reads up to `size` bytes, waiting on a sequential device; fewer only at the end. -1 on an error.
qint64 readFully(QIODevice &device, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = device.read(data + done, size - done);
        if (got < 0)
            return -1;
        if (got == 0) {
            if (device.isSequential() && device.waitForReadyRead(30000))
                continue;
            break;
        }
        done += got;
    }
    return done;
}

bool writeFully(QIODevice &device, const unsigned char *data, qint64 size)
{
    return device.write(reinterpret_cast<const char *>(data), size) == size;
}

qint64 sealedSize(qint64 plainSize, quint8 bits)
{
    const qint64 chunk = qint64(1) << bits;
    const qint64 chunks = std::max<qint64>(1, (plainSize + chunk - 1) / chunk);
    return plainSize + chunks * aBytes;
}

qsizetype codePoints(const QString &text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isLowSurrogate(); });
}

struct Header
{
    std::array<unsigned char, BackupCipher::headerSize> raw{};
    quint32 opsLimit = 0;
    quint32 memLimitKiB = 0;
    quint64 plainSize = 0;
    quint8 bits = chunkBits;
    std::array<unsigned char, 16> salt{};
};

std::array<unsigned char, 16> checksumOf(const unsigned char *data, size_t size)
{
    std::array<unsigned char, 16> sum{};
    crypto_generichash(sum.data(), sum.size(), data, size, nullptr, 0);
    return sum;
}

// Reads and checks everything of the header that needs no key.
CipherResult readHeader(QIODevice &in, Header &header)
{
    char *raw = reinterpret_cast<char *>(header.raw.data());
    const qint64 start = readFully(in, raw, magicSize);
    if (start < 0)
        return failed(CipherProblem::ReadFailed, in.errorString());
    if (start == 0 || std::memcmp(raw, magic, size_t(start)) != 0)
        return failed(CipherProblem::NotEncryptedBackup);
    if (start < magicSize)
        return failed(CipherProblem::Truncated);
    const qint64 rest = BackupCipher::headerSize - magicSize;
    const qint64 got = readFully(in, raw + magicSize, rest);
    if (got < 0)
        return failed(CipherProblem::ReadFailed, in.errorString());
    if (got < rest)
        return failed(CipherProblem::Truncated);
    // The checksum first: a changed byte in the version is damage, not a newer Atelier.
    if (std::memcmp(checksumOf(header.raw.data(), checksumAt).data(), raw + checksumAt, 16) != 0)
        return failed(CipherProblem::Damaged);
    const quint16 version = qFromBigEndian<quint16>(raw + versionAt);
    if (version > formatVersion)
        return failed(CipherProblem::NewerFormat);
    header.opsLimit = qFromBigEndian<quint32>(raw + opsAt);
    header.memLimitKiB = qFromBigEndian<quint32>(raw + memAt);
    header.plainSize = qFromBigEndian<quint64>(raw + sizeAt);
    header.bits = quint8(raw[chunkBitsAt]);
    std::copy_n(header.raw.begin() + saltAt, header.salt.size(), header.salt.begin());
    if (version == 0 || quint8(raw[kdfAt]) != kdfArgon2id13 || header.bits != chunkBits
        || header.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.opsLimit > maxOpsLimit
        || quint64(header.memLimitKiB) * 1024 < crypto_pwhash_MEMLIMIT_MIN
        || header.memLimitKiB > maxMemLimitKiB || header.plainSize > maxPlainSize)
        return failed(CipherProblem::Damaged);
    // A file, unlike a pipe, tells its length: a cut one is known before any passphrase is tried.
    if (!in.isSequential()) {
        const qint64 left = in.size() - in.pos();
        const qint64 expected = sealedSize(qint64(header.plainSize), header.bits);
        if (left < expected)
            return failed(CipherProblem::Truncated);
        if (left > expected)
            return failed(CipherProblem::Damaged);
    }
    return {};
}

CipherResult decryptBody(QIODevice &in, QIODevice &out, const Header &header, const unsigned char *key,
    const CipherProgress &progress)
{
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.raw.data() + streamAt, key) != 0)
        return failed(CipherProblem::Damaged);
    unsigned char check[keyCheckSize];
    unsigned char tag = 0;
    unsigned long long checkSize = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&state, check, &checkSize, &tag,
            header.raw.data() + keyCheckAt, keyCheckSize + aBytes, header.raw.data(), keyCheckAt)
        != 0) {
        sodium_memzero(&state, sizeof state);
        return failed(CipherProblem::WrongPassphrase);
    }
    if (checkSize != keyCheckSize || std::memcmp(check, keyCheckText, keyCheckSize) != 0
        || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        sodium_memzero(&state, sizeof state);
        return failed(CipherProblem::Damaged);
    }

    const qint64 chunk = qint64(1) << header.bits;
    const qint64 total = qint64(header.plainSize);
    std::vector<unsigned char> sealed(static_cast<size_t>(chunk + aBytes));
    std::vector<unsigned char> plain(static_cast<size_t>(chunk));
    CipherResult result;
    qint64 done = 0;
    do {
        const qint64 size = std::min(chunk, total - done);
        const bool last = done + size == total;
        const qint64 got = readFully(in, reinterpret_cast<char *>(sealed.data()), size + aBytes);
        if (got < 0) {
            result = failed(CipherProblem::ReadFailed, in.errorString());
            break;
        }
        if (got < size + aBytes) {
            result = failed(CipherProblem::Truncated);
            break;
        }
        unsigned long long opened = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &opened, &tag, sealed.data(), size_t(got), nullptr, 0)
                != 0
            || qint64(opened) != size
            || tag
                != (last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                         : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)) {
            result = failed(CipherProblem::Damaged);
            break;
        }
        if (!writeFully(out, plain.data(), size)) {
            result = failed(CipherProblem::WriteFailed, out.errorString());
            break;
        }
        done += size;
        if (progress && !progress(done, total)) {
            result = failed(CipherProblem::Cancelled);
            break;
        }
    } while (done < total);
    sodium_memzero(&state, sizeof state);
    if (result.ok()) {
        char extra = 0;
        const qint64 beyond = readFully(in, &extra, 1);
        if (beyond < 0)
            return failed(CipherProblem::ReadFailed, in.errorString());
        if (beyond > 0)
            return failed(CipherProblem::Damaged);
    }
    return result;
}

} // namespace

BackupKey::~BackupKey()
{
    sodium_memzero(bytes.data(), bytes.size());
}

bool BackupCipher::longEnough(const QString &passphrase)
{
    return codePoints(passphrase) >= minimumPassphraseLength;
}

bool BackupCipher::looksEncrypted(const QByteArray &start)
{
    return start.size() >= magicSize && std::memcmp(start.constData(), magic, magicSize) == 0;
}

qint64 BackupCipher::encryptedSize(qint64 plainSize)
{
    return headerSize + sealedSize(plainSize, chunkBits);
}

std::optional<BackupKey> BackupCipher::deriveKey(const QString &passphrase)
{
    if (!sodiumReady())
        return std::nullopt;
    std::array<unsigned char, 16> salt{};
    randombytes_buf(salt.data(), salt.size());
    return deriveKey(passphrase, salt, defaultOpsLimit, defaultMemLimitKiB);
}

std::optional<BackupKey> BackupCipher::deriveKey(const QString &passphrase,
    const std::array<unsigned char, 16> &salt, quint32 opsLimit, quint32 memLimitKiB)
{
    if (!sodiumReady())
        return std::nullopt;
    // NFC: the same passphrase typed with another input method gives the same bytes.
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    BackupKey key;
    key.salt = salt;
    key.opsLimit = opsLimit;
    key.memLimitKiB = memLimitKiB;
    const int derived
        = crypto_pwhash(key.bytes.data(), key.bytes.size(), secret.constData(), size_t(secret.size()),
            salt.data(), opsLimit, size_t(memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (derived != 0)
        return std::nullopt;
    return key;
}

CipherResult BackupCipher::encrypt(QIODevice &plain, qint64 plainSize, QIODevice &out,
    const QString &passphrase, const CipherProgress &progress)
{
    if (!longEnough(passphrase))
        return failed(CipherProblem::PassphraseTooShort);
    const std::optional<BackupKey> key = deriveKey(passphrase);
    if (!key)
        return failed(CipherProblem::NoMemory);
    return encrypt(plain, plainSize, out, *key, progress);
}

CipherResult BackupCipher::encrypt(
    QIODevice &plain, qint64 plainSize, QIODevice &out, const BackupKey &key, const CipherProgress &progress)
{
    if (!sodiumReady())
        return failed(CipherProblem::NoMemory);
    if (plainSize < 0 || quint64(plainSize) > maxPlainSize)
        return failed(CipherProblem::ReadFailed, QStringLiteral("size %1").arg(plainSize));
    std::array<unsigned char, headerSize> header{};
    std::memcpy(header.data(), magic, magicSize);
    qToBigEndian<quint16>(formatVersion, header.data() + versionAt);
    header[kdfAt] = kdfArgon2id13;
    header[chunkBitsAt] = chunkBits;
    qToBigEndian<quint32>(key.opsLimit, header.data() + opsAt);
    qToBigEndian<quint32>(key.memLimitKiB, header.data() + memAt);
    qToBigEndian<quint64>(quint64(plainSize), header.data() + sizeAt);
    std::copy(key.salt.begin(), key.salt.end(), header.begin() + saltAt);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data() + streamAt, key.bytes.data());
    crypto_secretstream_xchacha20poly1305_push(&state, header.data() + keyCheckAt, nullptr, keyCheckText,
        keyCheckSize, header.data(), keyCheckAt, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    const std::array<unsigned char, 16> sum = checksumOf(header.data(), checksumAt);
    std::copy(sum.begin(), sum.end(), header.begin() + checksumAt);

    CipherResult result;
    if (!writeFully(out, header.data(), headerSize))
        result = failed(CipherProblem::WriteFailed, out.errorString());
    const qint64 chunk = qint64(1) << chunkBits;
    std::vector<unsigned char> buffer(static_cast<size_t>(chunk));
    std::vector<unsigned char> sealed(static_cast<size_t>(chunk + aBytes));
    qint64 done = 0;
    while (result.ok()) {
        const qint64 size = std::min(chunk, plainSize - done);
        const bool last = done + size == plainSize;
        const qint64 got = readFully(plain, reinterpret_cast<char *>(buffer.data()), size);
        if (got != size) {
            result = failed(CipherProblem::ReadFailed,
                got < 0 ? plain.errorString()
                        : QStringLiteral("the backup ended after %1 bytes").arg(done + got));
            break;
        }
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(), &sealedSize, buffer.data(),
            size_t(size), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (!writeFully(out, sealed.data(), qint64(sealedSize))) {
            result = failed(CipherProblem::WriteFailed, out.errorString());
            break;
        }
        done += size;
        if (progress && !progress(done, plainSize)) {
            result = failed(CipherProblem::Cancelled);
            break;
        }
        if (last)
            break;
    }
    sodium_memzero(&state, sizeof state);
    return result;
}

CipherResult BackupCipher::decrypt(
    QIODevice &encrypted, QIODevice &out, const QString &passphrase, const CipherProgress &progress)
{
    if (!sodiumReady())
        return failed(CipherProblem::NoMemory);
    Header header;
    if (CipherResult read = readHeader(encrypted, header); !read.ok())
        return read;
    const std::optional<BackupKey> key
        = deriveKey(passphrase, header.salt, header.opsLimit, header.memLimitKiB);
    if (!key)
        return failed(CipherProblem::NoMemory);
    return decryptBody(encrypted, out, header, key->bytes.data(), progress);
}

CipherResult BackupCipher::decrypt(
    QIODevice &encrypted, QIODevice &out, const BackupKey &key, const CipherProgress &progress)
{
    if (!sodiumReady())
        return failed(CipherProblem::NoMemory);
    Header header;
    if (CipherResult read = readHeader(encrypted, header); !read.ok())
        return read;
    return decryptBody(encrypted, out, header, key.bytes.data(), progress);
}

QString BackupCipher::message(CipherProblem problem)
{
    switch (problem) {
    case CipherProblem::None:
        return QString();
    case CipherProblem::NotEncryptedBackup:
        return tr(
            "This is not an encrypted Atelier backup: it was made by another program, or is no backup.");
    case CipherProblem::NewerFormat:
        return tr(
            "This encrypted backup was made by a newer version of Atelier. Install the newer version to "
            "read it.");
    case CipherProblem::WrongPassphrase:
        return tr("The passphrase is not the one this backup was encrypted with.");
    case CipherProblem::Truncated:
        return tr("This encrypted backup is incomplete: the file was cut short, perhaps while it was being "
                  "copied or the USB stick was pulled out.");
    case CipherProblem::Damaged:
        return tr("This encrypted backup is damaged: some of its bytes have changed since it was written.");
    case CipherProblem::PassphraseTooShort:
        return tr("The passphrase must have at least %1 characters.").arg(minimumPassphraseLength);
    case CipherProblem::ReadFailed:
        return tr("The backup could not be read.");
    case CipherProblem::WriteFailed:
        return tr("The encrypted copy could not be written: the disk or USB stick may be full, read-only or "
                  "no longer there.");
    case CipherProblem::Cancelled:
        return tr("Cancelled.");
    case CipherProblem::NoMemory:
        return tr(
            "There is not enough free memory on this computer to work out the key from the passphrase.");
    }
    return QString();
}

} // namespace atelier
