#include "cli_runner.h"

#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/store.h"

#include <QTemporaryDir>

#include "support/read_checks.h"
#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("atelier-cli erase needs --yes, then erases and is audited", "[cli][erasure]")
{
    QTemporaryDir dir;
    const TestLocation location(dir.path(), QStringLiteral("store.sqlite"));
    const QString &database = location.text();
    CustomerId id = 0;
    {
        Store store;
        REQUIRE(store.open(database));
        id = *store.customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800000000")).id;
    }
    const QString idText = QString::number(id);

    const CliRun refused
        = runCli({QStringLiteral("--db"), database, QStringLiteral("erase"), idText}, dir.path());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    const CliRun badReason
        = runCli({QStringLiteral("--db"), database, QStringLiteral("erase"), idText, QStringLiteral("--yes"),
                     QStringLiteral("--reason"), QStringLiteral("bored")},
            dir.path());
    CHECK(badReason.exitCode == 2);
    const CliRun unknown = runCli({QStringLiteral("--db"), database, QStringLiteral("erase"),
                                      QStringLiteral("999"), QStringLiteral("--yes")},
        dir.path());
    CHECK(unknown.exitCode == 2);
    {
        Store store;
        REQUIRE(store.open(database));
        CHECK(readValue(store.customers().load(id))->customer.name == QStringLiteral("张三"));
    }

    const CliRun erased
        = runCli({QStringLiteral("--db"), database, QStringLiteral("erase"), idText, QStringLiteral("--yes"),
                     QStringLiteral("--reason"), QStringLiteral("other")},
            dir.path());
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(idText));

    const CliRun found
        = runCli({QStringLiteral("--db"), database, QStringLiteral("find"), QStringLiteral("13800000000")},
            dir.path());
    CHECK(found.out.trimmed().isEmpty());

    const CliRun again
        = runCli({QStringLiteral("--db"), database, QStringLiteral("erase"), idText, QStringLiteral("--yes")},
            dir.path());
    CHECK(again.exitCode == 1);

    Store store;
    REQUIRE(store.open(database));
    const Customer customer = readValue(store.customers().load(id))->customer;
    CHECK(customer.erasedAt.has_value());
    CHECK(customer.name == erasedCustomerName());
    AuditFilter filter;
    filter.action = AuditAction::CustomerErased;
    const QList<AuditEntry> entries = AuditTrail(store.database(), store.clock()).entries(filter, 10);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().actor.kind == AuditActor::Kind::Cli);
    CHECK(entries.first().details == QStringLiteral("{\"reason\":\"other\"}"));
}
