#include "cli_runner.h"

#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace atelier;
using namespace atelier::testing;

namespace {

// Customers 1–7: 1 brought 2 and 3 (2 bought; 3 bought and returned it all), 4 brought 5 and 6 (5
// bought), 6 brought 7 (who has not bought).
class ReferralStore
{
public:
    ReferralStore()
    {
        Store store;
        REQUIRE(store.open(database()));
        const auto add = [&](const char *phone, std::optional<CustomerId> by) {
            CustomerArchive archive;
            archive.customer.name = QStringLiteral("顾客");
            archive.customer.referrerId = by;
            archive.phoneText = QLatin1String(phone);
            const SaveResult saved = store.customers().save(archive);
            REQUIRE(saved.ok());
            return *saved.id;
        };
        const auto buy = [&](CustomerId who) {
            Sale sale;
            sale.customerId = who;
            sale.soldAt = QDateTime::currentDateTime();
            SaleLine line;
            line.styleNumber = QStringLiteral("A1001");
            line.listPrice = line.paidPrice = Money::fromYuan(300);
            sale.lines << line;
            const SaleResult sold = store.sales().recordSale(sale);
            REQUIRE(sold.ok());
            return (*store.sales().sale(*sold.id).value)->lines.first().id;
        };
        REQUIRE(add("13700000001", std::nullopt) == 1);
        buy(add("13700000002", 1));
        const SaleLineId returned = buy(add("13700000003", 1));
        REQUIRE(store.sales().recordReturn(returned, 1, QStringLiteral("不合身")).ok());
        add("13700000004", std::nullopt);
        buy(add("13700000005", 4));
        const CustomerId six = add("13700000006", 4);
        add("13700000007", six);
    }

    QString database() const { return m_location.text(); }
    QString folder() const { return m_dir.path(); }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("referrals"));
        arguments.prepend(database());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, folder());
    }

private:
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("referrals.sqlite")};
};

const QString header = QStringLiteral("customer_id,referred,referred_buyers\n");

} // namespace

TEST_CASE("referrals prints every referrer as CSV, by referred buyers, then referred, then id; --top the "
          "first N",
    "[cli][referrals]")
{
    ReferralStore store;
    const CliRun all = store.run({});
    REQUIRE(all.exitCode == 0);
    CHECK(all.out == header + QStringLiteral("1,2,2\n4,2,1\n6,1,0\n"));

    const CliRun top = store.run({QStringLiteral("--top"), QStringLiteral("2")});
    REQUIRE(top.exitCode == 0);
    CHECK(top.out == header + QStringLiteral("1,2,2\n4,2,1\n"));
}

TEST_CASE("referrals refuses a bad --top with exit code 2 and the reason on stderr", "[cli][referrals]")
{
    ReferralStore store;
    for (const QStringList &arguments : {QStringList{QStringLiteral("--top"), QStringLiteral("0")},
             QStringList{QStringLiteral("--top"), QStringLiteral("ten")},
             QStringList{QStringLiteral("--top"), QStringLiteral("-3")}, QStringList{QStringLiteral("--top")},
             QStringList{QStringLiteral("--bottom"), QStringLiteral("3")}}) {
        const CliRun bad = store.run(arguments);
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("--")));
        CHECK(bad.out.isEmpty());
    }
}
