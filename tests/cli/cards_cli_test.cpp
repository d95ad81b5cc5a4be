#include "cli_runner.h"

#include "core/clock.h"
#include "services/customer_service.h"
#include "services/member_cards.h"
#include "services/store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("find CARD_NUMBER lists the card's holder before a phone ending in the same digits", "[cli][cards]")
{
    QTemporaryDir dir;
    const TestLocation location(dir.path(), QStringLiteral("cards.sqlite"));
    const QString &db = location.text();
    CustomerId holder = 0;
    CustomerId phoneEnd = 0;
    {
        const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600)));
        Store store(&clock);
        REQUIRE(store.open(db));
        phoneEnd
            = *store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13988001234")).id;
        holder
            = *store.customers().registerCustomer(QStringLiteral("张丽"), QStringLiteral("13812340000")).id;
        REQUIRE(store.memberCards().set(holder, QStringLiteral("88001234")).ok());
    }
    for (const QString &typed : {QStringLiteral("88001234"), QStringLiteral("8800-1234")}) {
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("find"), typed}, dir.path());
        REQUIRE(run.exitCode == 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0) == QStringLiteral("%1,张丽,138****0000,").arg(holder));
        CHECK(lines.at(1).startsWith(QStringLiteral("%1,").arg(phoneEnd)));
    }
}
