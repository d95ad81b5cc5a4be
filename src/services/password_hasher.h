#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace atelier {

// Passwords and counter PINs, stored only as Argon2id hashes (libsodium's crypto_pwhash_str: the
// salt and the cost travel inside the stored string). The store's cost makes one check take a
// few tenths of a second on a counter PC: slow for someone guessing, unnoticed by a clerk logging in
// (docs/benchmarks-login.md).
class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long operations;
        std::size_t memoryBytes;
    };
    static Cost storeCost();
    // The cheapest cost libsodium accepts: for tests only, never for stored accounts.
    static Cost testCost();

    explicit PasswordHasher(Cost cost = storeCost());

    // Nothing when the machine could not give the memory the cost asks for.
    std::optional<QByteArray> hash(const QString &secret) const;
    bool verify(const QByteArray &stored, const QString &secret) const;
    // True when `stored` was made with another cost: hash again after the next good login.
    bool needsRehash(const QByteArray &stored) const;

private:
    Cost m_cost;
};

} // namespace atelier
