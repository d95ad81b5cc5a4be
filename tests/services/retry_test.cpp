// A conflict with another till's transaction (PostgreSQL's serialization failure or deadlock) is tried
// again a few times inside the service, then refused in words; other errors are not retried.
#include "services/retry.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

StorageError conflict()
{
    return StorageError::fromSqlState(QStringLiteral("40P01"), QStringLiteral("deadlock detected"));
}

} // namespace

TEST_CASE("A conflict is tried again and the work done once it goes through", "[services][retry]")
{
    int attempts = 0;
    bool done = false;
    Retry::run("test", [&] {
        ++attempts;
        if (attempts < 3)
            throw conflict();
        done = true;
    });
    CHECK(attempts == 3);
    CHECK(done);
}

TEST_CASE(
    "A conflict that persists is given up after a bounded number of tries, in words", "[services][retry]")
{
    int attempts = 0;
    try {
        Retry::run("test", [&] {
            ++attempts;
            throw StorageError::fromSqlState(QStringLiteral("40001"), QStringLiteral("could not serialize"));
        });
        FAIL("the conflict was swallowed");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Conflict);
        CHECK(error.userMessage().contains(QStringLiteral("Nothing was saved")));
    }
    CHECK(attempts == Retry::maxAttempts);
}

TEST_CASE("Other failures are not retried", "[services][retry]")
{
    int attempts = 0;
    CHECK_THROWS_AS(Retry::run("test",
                        [&] {
                            ++attempts;
                            throw StorageError(StorageError::Kind::Constraint, QStringLiteral("duplicate"));
                        }),
        StorageError);
    CHECK(attempts == 1);
}

TEST_CASE("The pause before another try is short and grows", "[services][retry]")
{
    for (int i = 0; i < 50; ++i) {
        CHECK(Retry::pauseBefore(2) >= 5);
        CHECK(Retry::pauseBefore(2) <= 25);
        CHECK(Retry::pauseBefore(3) >= 10);
        CHECK(Retry::pauseBefore(3) <= 50);
    }
}
