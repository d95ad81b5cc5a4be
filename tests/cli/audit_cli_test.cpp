#include "cli_runner.h"

#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/store.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("atelier-cli is audited as cli:<operating-system user>", "[cli][audit]")
{
    QTemporaryDir dir;
    const TestLocation location(dir.path(), QStringLiteral("store.sqlite"));
    const QString &database = location.text();
    {
        Store store;
        REQUIRE(store.open(database));
        REQUIRE(
            store.customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800000000")).ok());
    }
    const QString out = dir.filePath(QStringLiteral("customers.csv"));
    const CliRun run = runCli({QStringLiteral("--db"), database, QStringLiteral("export"),
                                  QStringLiteral("customers"), QStringLiteral("--out"), out},
        dir.path());
    REQUIRE(run.exitCode == 0);

    Store store;
    REQUIRE(store.open(database));
    const QList<AuditEntry> entries = AuditTrail(store.database(), store.clock()).entries({}, 10);
    REQUIRE(entries.size() == 2);
    const AuditEntry &exported = entries.first();
    CHECK(exported.action == AuditAction::Export);
    CHECK(exported.actor.kind == AuditActor::Kind::Cli);
    const passwd *user = getpwuid(geteuid());
    REQUIRE(user);
    CHECK(exported.actor.name == QStringLiteral("cli:") + QString::fromLocal8Bit(user->pw_name));
    CHECK(exported.details.contains(out));
    CHECK(exported.details.contains(QStringLiteral("\"rows\":1")));
}
