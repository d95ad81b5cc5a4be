#include "core/backup_cipher.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <catch2/catch.hpp>
#include <cstring>
#include <sodium.h>
#include <variant>

using namespace atelier;

namespace {

const QString passphrase = QStringLiteral("correct horse 马");

QByteArray someBackup(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// One key for the whole file, derived once: Argon2id per test would only make them slow.
const BackupKey &testKey()
{
    static const BackupKey key = *BackupCipher::deriveKey(passphrase);
    return key;
}

QByteArray encrypted(const QByteArray &plain)
{
    QBuffer in;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const CipherResult result = BackupCipher::encrypt(in, plain.size(), out, testKey());
    REQUIRE(result.ok());
    return out.data();
}

struct Opened
{
    CipherResult result;
    QByteArray plain;
};

// A pipe: its bytes come in order and its length is not known ahead.
class Pipe : public QIODevice
{
public:
    explicit Pipe(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 n = std::min(size, qint64(m_bytes.size()) - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

// Decrypts with the passphrase, or with the key (then from a pipe when `sequential`).
Opened opened(
    const QByteArray &file, const std::variant<QString, const BackupKey *> &with, bool sequential = false)
{
    Pipe pipe(file);
    QBuffer buffer;
    buffer.setData(file);
    QIODevice &in = sequential ? static_cast<QIODevice &>(pipe) : buffer;
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Opened answer;
    answer.result = std::holds_alternative<QString>(with)
        ? BackupCipher::decrypt(in, out, std::get<QString>(with))
        : BackupCipher::decrypt(in, out, *std::get<const BackupKey *>(with));
    answer.plain = out.data();
    return answer;
}

Opened opened(const QByteArray &file)
{
    return opened(file, passphrase);
}

Opened openedWithKey(const QByteArray &file, bool sequential = false)
{
    return opened(file, &testKey(), sequential);
}

} // namespace

TEST_CASE("An encrypted backup reads back byte for byte", "[backup_cipher]")
{
    for (const qsizetype size :
        {qsizetype(0), qsizetype(1), qsizetype(65536), qsizetype(65537), qsizetype(300000)}) {
        const QByteArray plain = someBackup(size);
        const QByteArray file = encrypted(plain);
        CHECK(file.size() == BackupCipher::encryptedSize(size));
        CHECK(BackupCipher::looksEncrypted(file));
        if (size >= 64)
            CHECK_FALSE(file.contains(plain.left(64)));
        for (const bool sequential : {false, true}) {
            const Opened back = openedWithKey(file, sequential);
            CHECK(back.result.ok());
            CHECK(back.plain == plain);
        }
    }
    const QByteArray plain = someBackup(100000);
    const Opened back = opened(encrypted(plain));
    REQUIRE(back.result.ok());
    CHECK(back.plain == plain);
}

TEST_CASE("Two copies of the same backup differ: a new salt and stream header each time", "[backup_cipher]")
{
    const QByteArray plain = someBackup(1000);
    QBuffer in1, in2, out1, out2;
    in1.setData(plain);
    in2.setData(plain);
    in1.open(QIODevice::ReadOnly);
    in2.open(QIODevice::ReadOnly);
    out1.open(QIODevice::WriteOnly);
    out2.open(QIODevice::WriteOnly);
    REQUIRE(BackupCipher::encrypt(in1, plain.size(), out1, passphrase).ok());
    REQUIRE(BackupCipher::encrypt(in2, plain.size(), out2, passphrase).ok());
    CHECK(out1.data().mid(36, 16) != out2.data().mid(36, 16));
    CHECK(out1.data() != out2.data());
    CHECK_FALSE(out1.data().contains(passphrase.toUtf8()));
}

TEST_CASE("A wrong passphrase is told apart from damage", "[backup_cipher]")
{
    const QByteArray file = encrypted(someBackup(200000));
    const Opened wrong = opened(file, QStringLiteral("correct horse 驴"));
    CHECK(wrong.result.problem == CipherProblem::WrongPassphrase);
    CHECK(wrong.plain.isEmpty());
    CHECK(BackupCipher::message(CipherProblem::WrongPassphrase).contains(QStringLiteral("passphrase")));
}

TEST_CASE("One flipped byte anywhere is damage, never a wrong passphrase", "[backup_cipher]")
{
    const QByteArray file = encrypted(someBackup(200000));
    // The header's fields, the salt, the stream header, the key check, the checksum, the body, the end.
    for (const qsizetype at :
        {qsizetype(17), qsizetype(18), qsizetype(21), qsizetype(30), qsizetype(40), qsizetype(60),
            qsizetype(90), qsizetype(115), qsizetype(200), qsizetype(100000), file.size() - 1}) {
        QByteArray damaged = file;
        damaged[at] = char(damaged[at] ^ 0x01);
        const Opened back = opened(damaged);
        INFO("byte " << at);
        CHECK(back.result.problem == CipherProblem::Damaged);
    }
    // Bytes after the end are damage too.
    CHECK(openedWithKey(file + QByteArray("x")).result.problem == CipherProblem::Damaged);
    CHECK(openedWithKey(file + QByteArray("x"), true).result.problem == CipherProblem::Damaged);
}

TEST_CASE("A file cut short is truncated, wherever the cut", "[backup_cipher]")
{
    const QByteArray file = encrypted(someBackup(200000));
    for (const qsizetype keep : {qsizetype(5), qsizetype(17), qsizetype(100), qsizetype(125), qsizetype(126),
             qsizetype(125 + 65536 + 17), qsizetype(150000), file.size() - 1}) {
        INFO("kept " << keep);
        CHECK(opened(file.left(keep)).result.problem == CipherProblem::Truncated);
        // A pipe's length is not known ahead: the cut is found where the reading stops.
        CHECK(openedWithKey(file.left(keep), true).result.problem == CipherProblem::Truncated);
    }
}

TEST_CASE("Another program's file and a newer format each have their own answer", "[backup_cipher]")
{
    CHECK(opened(QByteArray("SQLite format 3\0 and so on", 26)).result.problem
        == CipherProblem::NotEncryptedBackup);
    CHECK(opened(QByteArray("PGDMP")).result.problem == CipherProblem::NotEncryptedBackup);
    CHECK(opened(QByteArray()).result.problem == CipherProblem::NotEncryptedBackup);
    CHECK(opened(someBackup(5000)).result.problem == CipherProblem::NotEncryptedBackup);

    // Version 2, its checksum made right: a newer Atelier's file, not a damaged one.
    QByteArray newer = encrypted(someBackup(100));
    newer[17] = 2;
    crypto_generichash(reinterpret_cast<unsigned char *>(newer.data()) + 109, 16,
        reinterpret_cast<const unsigned char *>(newer.constData()), 109, nullptr, 0);
    CHECK(opened(newer).result.problem == CipherProblem::NewerFormat);

    QSet<QString> sentences;
    for (const CipherProblem problem : {CipherProblem::NotEncryptedBackup, CipherProblem::NewerFormat,
             CipherProblem::WrongPassphrase, CipherProblem::Truncated, CipherProblem::Damaged,
             CipherProblem::PassphraseTooShort, CipherProblem::WriteFailed})
        sentences.insert(BackupCipher::message(problem));
    CHECK(sentences.size() == 7);
}

TEST_CASE("A passphrase of fewer than 8 characters is refused before anything is written", "[backup_cipher]")
{
    QBuffer in;
    in.setData(someBackup(10));
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CHECK(BackupCipher::encrypt(in, 10, out, QStringLiteral("1234567")).problem
        == CipherProblem::PassphraseTooShort);
    CHECK(out.data().isEmpty());
    // Characters, not bytes: seven Chinese characters are 21 bytes and still too short; eight will do.
    CHECK(BackupCipher::encrypt(in, 10, out, QStringLiteral("春夏秋冬东南西")).problem
        == CipherProblem::PassphraseTooShort);
    CHECK(BackupCipher::encrypt(in, 10, out, QStringLiteral("春夏秋冬东南西北")).ok());
}

TEST_CASE("A target that fails part way is reported, and so is a cancel", "[backup_cipher]")
{
    // Takes `room` bytes, then fails as a pulled USB stick does.
    class Stick : public QBuffer
    {
    public:
        qint64 room = 100000;

    protected:
        qint64 writeData(const char *data, qint64 size) override
        {
            if (size > room) {
                setErrorString(QStringLiteral("No such device"));
                return -1;
            }
            room -= size;
            return QBuffer::writeData(data, size);
        }
    };
    const QByteArray plain = someBackup(300000);
    QBuffer in;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    Stick stick;
    stick.open(QIODevice::WriteOnly);
    const CipherResult result = BackupCipher::encrypt(in, plain.size(), stick, testKey());
    CHECK(result.problem == CipherProblem::WriteFailed);
    CHECK(result.detail == QStringLiteral("No such device"));

    in.seek(0);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    int calls = 0;
    const CipherResult cancelled
        = BackupCipher::encrypt(in, plain.size(), out, testKey(), [&](qint64 done, qint64 total) {
              CHECK(total == plain.size());
              CHECK(done <= total);
              return ++calls < 2;
          });
    CHECK(cancelled.problem == CipherProblem::Cancelled);
    CHECK(calls == 2);
}

TEST_CASE("Deriving a key stays well under a second", "[backup_cipher]")
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<BackupKey> key = BackupCipher::deriveKey(passphrase);
    REQUIRE(key);
    CHECK(key->opsLimit == BackupCipher::defaultOpsLimit);
    CHECK(key->memLimitKiB == BackupCipher::defaultMemLimitKiB);
    WARN("Argon2id: " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 1000);
    // The same passphrase and salt give the same key; composed and decomposed forms are one passphrase.
    const std::optional<BackupKey> again
        = BackupCipher::deriveKey(QStringLiteral("café 1234").normalized(QString::NormalizationForm_D),
            key->salt, key->opsLimit, key->memLimitKiB);
    const std::optional<BackupKey> composed
        = BackupCipher::deriveKey(QStringLiteral("café 1234"), key->salt, key->opsLimit, key->memLimitKiB);
    CHECK(again->bytes == composed->bytes);
}
