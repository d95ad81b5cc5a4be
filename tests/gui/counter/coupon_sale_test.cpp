#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/counter/sale_dialog.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

Coupon issueCoupon(Store &store, CustomerId customer, std::int64_t fen)
{
    ManualCoupon draft;
    draft.customer = customer;
    draft.value = fen;
    draft.validTo = store.clock().today().addDays(30);
    const CouponResult issued = store.coupons().issueManual(draft);
    REQUIRE(issued.ok());
    return *issued.coupon;
}

void typeLine(QTableWidget *table)
{
    const QStringList texts{QStringLiteral("A2611"), QStringLiteral("dress"), QString(), QStringLiteral("M"),
        QStringLiteral("1"), QStringLiteral("699"), QStringLiteral("600")};
    for (int column = 0; column < texts.size(); ++column)
        table->item(0, column)->setText(texts.at(column));
}

} // namespace

TEST_CASE("A clerk redeems a coupon in the sale dialog: typed, Enter, the discount shown, saved",
    "[gui][sale][coupons]")
{
    TempStore temp;
    const CustomerId customer = *temp.store()
                                     .customers()
                                     .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678"))
                                     .id;
    const CustomerId other = *temp.store()
                                  .customers()
                                  .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13812345679"))
                                  .id;
    const Coupon hers = issueCoupon(temp.store(), customer, 10000);
    const Coupon theirs = issueCoupon(temp.store(), other, 5000);

    SaleDialog dialog(temp.store(), customer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeLine(child<QTableWidget>(&dialog, QStringLiteral("linesTable")));
    auto *code = child<QLineEdit>(&dialog, QStringLiteral("couponLineEdit"));
    auto *said = child<QLabel>(&dialog, QStringLiteral("couponLabel"));
    auto *total = child<QLabel>(&dialog, QStringLiteral("totalLabel"));

    // Another customer's coupon: refused, saying why; Enter does not save the sale.
    QTest::keyClicks(code, theirs.code.toLower());
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.saleId());
    CHECK(said->text().contains(QStringLiteral("another customer")));
    CHECK(total->text() == QStringLiteral("¥600.00"));

    code->clear();
    QTest::keyClicks(code, coupon_code::display(hers.code).toLower());
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(said->text().contains(QStringLiteral("¥100.00 taken off")));
    CHECK(total->text() == QStringLiteral("¥500.00"));

    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    REQUIRE(dialog.saleId());
    CHECK(dialog.doneText().contains(QStringLiteral("¥500.00")));
    const ReadResult<std::optional<Coupon>> after = temp.store().coupons().findByCode(hers.code);
    REQUIRE(after.ok());
    CHECK((*after.value)->status == CouponStatus::Redeemed);
    CHECK((*after.value)->saleId == *dialog.saleId());
}

TEST_CASE("The customer card lists her open coupons with their value and last day", "[gui][card][coupons]")
{
    TempStore temp;
    const CustomerId customer = *temp.store()
                                     .customers()
                                     .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678"))
                                     .id;
    CustomerCardWidget card(temp.store());
    card.setCustomer(customer);
    auto *coupons = child<QLabel>(&card, QStringLiteral("couponsLabel"));
    CHECK(coupons->isHidden());
    const Coupon coupon = issueCoupon(temp.store(), customer, 10000);
    card.setCustomer(customer);
    CHECK_FALSE(coupons->isHidden());
    CHECK(coupons->text().contains(coupon_code::display(coupon.code)));
    CHECK(coupons->text().contains(QStringLiteral("¥100.00 off")));
    CHECK(coupons->text().contains(DisplayFormat::date(coupon.validTo)));
}
