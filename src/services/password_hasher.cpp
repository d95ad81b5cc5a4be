#include "services/password_hasher.h"

#include <sodium.h>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

bool sodiumReady()
{
    // sodium_init() is safe to call from any thread, any number of times.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::Cost PasswordHasher::storeCost()
{
    // 3 passes over 128 MiB: about 0.37 s per check on this project's 2-core machine under load
    // (bench_login). libsodium's "interactive" preset (2 passes, 64 MiB) took 0.15 s, under the
    // 0.2 s the store wants against guessing; "moderate" (3 passes, 256 MiB) is meant for secrets
    // opened rarely, not for a counter PC.
    return {3, 128u * 1024u * 1024u};
}

PasswordHasher::Cost PasswordHasher::testCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
}

std::optional<QByteArray> PasswordHasher::hash(const QString &secret) const
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray utf8 = secret.toUtf8();
    QByteArray stored(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(stored.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            m_cost.operations, m_cost.memoryBytes)
        != 0) {
        spdlog::error("password hash: out of memory for the chosen cost");
        return std::nullopt;
    }
    stored.truncate(static_cast<qsizetype>(qstrlen(stored.constData())));
    return stored;
}

bool PasswordHasher::verify(const QByteArray &stored, const QString &secret) const
{
    if (!sodiumReady() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = secret.toUtf8();
    // crypto_pwhash_str_verify wants the NUL-terminated string; QByteArray keeps one after its data.
    return crypto_pwhash_str_verify(
               stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &stored) const
{
    if (!sodiumReady())
        return false;
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.operations, m_cost.memoryBytes) != 0;
}

} // namespace atelier
