#include "services/password_hasher.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("a password hash verifies the password and nothing else", "[services][accounts]")
{
    const PasswordHasher hasher(PasswordHasher::testCost());
    const std::optional<QByteArray> stored = hasher.hash(QStringLiteral("春装上新2026"));
    REQUIRE(stored.has_value());
    CHECK(stored->startsWith("$argon2id$"));
    CHECK_FALSE(stored->contains("春装")); // only the hash is stored
    CHECK(hasher.verify(*stored, QStringLiteral("春装上新2026")));
    CHECK_FALSE(hasher.verify(*stored, QStringLiteral("春装上新2025")));
    CHECK_FALSE(hasher.verify(*stored, QString()));
    CHECK_FALSE(hasher.verify(QByteArray(), QStringLiteral("春装上新2026")));
    CHECK_FALSE(hasher.verify(QByteArrayLiteral("not a hash"), QStringLiteral("春装上新2026")));
}

TEST_CASE("the same PIN hashes differently each time (a salt of its own)", "[services][accounts]")
{
    const PasswordHasher hasher(PasswordHasher::testCost());
    const QByteArray first = *hasher.hash(QStringLiteral("2468"));
    const QByteArray second = *hasher.hash(QStringLiteral("2468"));
    CHECK(first != second);
    CHECK(hasher.verify(first, QStringLiteral("2468")));
    CHECK(hasher.verify(second, QStringLiteral("2468")));
}

TEST_CASE("a hash made with another cost asks to be made again", "[services][accounts]")
{
    const PasswordHasher cheap(PasswordHasher::testCost());
    const PasswordHasher store(PasswordHasher::storeCost());
    const QByteArray stored = *cheap.hash(QStringLiteral("secret"));
    CHECK_FALSE(cheap.needsRehash(stored));
    CHECK(store.needsRehash(stored));
    // Verifying reads the cost from the stored string, whatever the hasher's own.
    CHECK(store.verify(stored, QStringLiteral("secret")));
}
