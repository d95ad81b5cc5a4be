#include "support/loyalty_store.h"

#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace atelier::testing {

namespace {

CustomerId add(Store &store, const QString &name, const QString &phone)
{
    const SaveResult saved = store.customers().registerCustomer(name, phone);
    INFO(name.toStdString() << ": " << saved.message.toStdString());
    REQUIRE(saved.ok());
    return *saved.id;
}

} // namespace

QDate loyaltyAsOf()
{
    return QDate(2026, 6, 14);
}

SaleLineId recordSaleAt(Store &store, CustomerId customer, const QDateTime &soldAt, Money amount)
{
    Sale sale;
    sale.customerId = customer;
    sale.soldAt = soldAt;
    SaleLine line;
    line.styleNumber = QStringLiteral("A1001");
    line.category = QStringLiteral("连衣裙");
    line.listPrice = line.paidPrice = amount;
    sale.lines << line;
    const SaleResult result = store.sales().recordSale(sale);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return readValue(store.sales().sale(*result.id))->lines.first().id;
}

void recordPurchase(Store &store, CustomerId customer, int daysBefore, Money amount)
{
    recordSaleAt(store, customer,
        QDateTime(loyaltyAsOf().addDays(-daysBefore), QTime(12, 0), QTimeZone(8 * 3600)), amount);
}

LoyaltyStore fillLoyaltyStore(Store &store)
{
    LoyaltyStore s;
    s.wang = add(store, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    s.li = add(store, QStringLiteral("李静"), QStringLiteral("13987654321"));
    s.zhang = add(store, QStringLiteral("张丽"), QStringLiteral("13700001234"));
    s.liu = add(store, QStringLiteral("刘敏"), QStringLiteral("15012348888"));
    s.chen = add(store, QStringLiteral("陈婷"), QStringLiteral("18611112222"));
    s.yang = add(store, QStringLiteral("杨雪"), QStringLiteral("13655556666"));
    s.zhao = add(store, QStringLiteral("赵燕"), QStringLiteral("13522223333"));
    s.huang = add(store, QStringLiteral("黄丹"), QStringLiteral("13433334444"));

    for (int days : {25, 20, 15, 10, 5, 1})
        recordPurchase(store, s.wang, days, Money::fromYuan(1500));
    recordPurchase(store, s.li, 100, Money::fromYuan(1000));
    recordPurchase(store, s.li, 95, Money::fromYuan(1000));
    recordPurchase(store, s.li, 90, Money::fromYuan(1500));
    recordPurchase(store, s.zhang, 10, Money::fromYuan(1200));
    recordPurchase(store, s.liu, 5, Money::fromYuan(300));
    recordPurchase(store, s.chen, 300, Money::fromYuan(1500));
    recordPurchase(store, s.yang, 130, Money::fromYuan(2000));
    recordPurchase(store, s.yang, 120, Money::fromYuan(2000));
    return s;
}

} // namespace atelier::testing
