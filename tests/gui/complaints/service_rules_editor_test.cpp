// The seed's coupons in the service rules editor (issue 21): the experience coupon after a return and
// the compensation coupon after a complaint, each on or off with its value, minimum spend and days.
#include "gui_test_helpers.h"

#include "core/service_rules.h"
#include "gui/complaints/service_rules_editor.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

// Types an amount over what the box shows, as a manager does, and confirms it with Enter.
void retype(QAbstractSpinBox *box, const QString &text)
{
    REQUIRE(box);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

void clickSave(ServiceRulesEditor &editor)
{
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
}

bool marked(ServiceRulesEditor &editor, const QString &caption)
{
    return child<QLabel>(&editor, caption)->styleSheet().contains(QStringLiteral("c0392b"));
}

// The Settings tab's service rules over a fresh store, shown.
struct Tab
{
    TempStore temp;
    ServiceRulesEditor editor{temp.store()};

    Tab()
    {
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
    }
};

} // namespace

TEST_CASE("A manager turns the experience coupon off and sets the compensation coupon's minimum spend",
    "[gui][complaints][coupons]")
{
    Tab tab;
    Store &store = tab.temp.store();
    ServiceRulesEditor &editor = tab.editor;
    auto *returnOn = child<QCheckBox>(&editor, QStringLiteral("returnCouponCheckBox"));
    auto *returnValue = child<QDoubleSpinBox>(&editor, QStringLiteral("returnCouponValueSpinBox"));
    auto *returnDays = child<QSpinBox>(&editor, QStringLiteral("returnCouponValidDaysSpinBox"));
    auto *complaintMinSpend
        = child<QDoubleSpinBox>(&editor, QStringLiteral("complaintCouponMinSpendSpinBox"));
    REQUIRE(returnOn);
    REQUIRE(returnValue);
    REQUIRE(returnDays);
    REQUIRE(complaintMinSpend);
    // The seed's defaults, in yuan: 100元 from a purchase of 300元, 200元 with no minimum spend.
    CHECK(returnOn->isChecked());
    CHECK(returnValue->isEnabled());
    CHECK(returnValue->text() == QStringLiteral("¥100.00"));
    CHECK(child<QDoubleSpinBox>(&editor, QStringLiteral("returnCouponMinSpendSpinBox"))->value() == 300.0);
    CHECK(returnDays->text() == QStringLiteral("90 days"));
    CHECK(child<QDoubleSpinBox>(&editor, QStringLiteral("complaintCouponValueSpinBox"))->value() == 200.0);
    CHECK(complaintMinSpend->text() == QStringLiteral("None"));

    // On its box, not the middle of a row wider than its words.
    QTest::mouseClick(returnOn, Qt::LeftButton, {}, QPoint(returnOn->height() / 2, returnOn->height() / 2));
    CHECK_FALSE(returnOn->isChecked());
    // Off: its fields rest, greyed; the other coupon's stay editable.
    CHECK_FALSE(returnValue->isEnabled());
    CHECK_FALSE(returnDays->isEnabled());
    CHECK_FALSE(child<QLabel>(&editor, QStringLiteral("returnCouponValueSpinBoxCaption"))->isEnabled());
    CHECK(complaintMinSpend->isEnabled());
    retype(complaintMinSpend, QStringLiteral("500"));
    CHECK(complaintMinSpend->text() == QStringLiteral("¥500.00"));
    clickSave(editor);
    CHECK(editor.message().startsWith(QStringLiteral("Saved.")));

    const ServiceRules saved = store.serviceSettings().rules();
    CHECK_FALSE(saved.returnCouponOn);
    CHECK(saved.returnCouponValue == Money::fromYuan(100)); // kept for when it is on again
    CHECK(saved.complaintCouponOn);
    CHECK(saved.complaintCouponMinSpend == Money::fromYuan(500));
    CHECK(saved.complaintCouponValue == Money::fromYuan(200));

    // The next time the tab opens it shows what was saved.
    ServiceRulesEditor reopened(store);
    CHECK_FALSE(child<QCheckBox>(&reopened, QStringLiteral("returnCouponCheckBox"))->isChecked());
    CHECK_FALSE(child<QDoubleSpinBox>(&reopened, QStringLiteral("returnCouponValueSpinBox"))->isEnabled());
    CHECK(
        child<QDoubleSpinBox>(&reopened, QStringLiteral("complaintCouponMinSpendSpinBox"))->value() == 500.0);
}

TEST_CASE("A coupon worth nothing is refused: its field is marked and nothing is saved",
    "[gui][complaints][coupons]")
{
    Tab tab;
    Store &store = tab.temp.store();
    ServiceRulesEditor &editor = tab.editor;
    auto *complaintValue = child<QDoubleSpinBox>(&editor, QStringLiteral("complaintCouponValueSpinBox"));
    REQUIRE(complaintValue);
    retype(child<QSpinBox>(&editor, QStringLiteral("returnCouponValidDaysSpinBox")), QStringLiteral("30"));
    retype(complaintValue, QStringLiteral("0"));
    clickSave(editor);
    CHECK(editor.message().contains(QStringLiteral("compensation coupon after a complaint")));
    CHECK(marked(editor, QStringLiteral("complaintCouponValueSpinBoxCaption")));
    CHECK_FALSE(marked(editor, QStringLiteral("returnCouponValidDaysSpinBoxCaption")));
    // Nothing of the refused rulebook was written, not even the valid change beside it.
    CHECK(store.serviceSettings().rules().complaintCouponValue == Money::fromYuan(200));
    CHECK(store.serviceSettings().rules().returnCouponValidDays == 90);

    // Fen survive the round trip through yuan.
    retype(complaintValue, QStringLiteral("150.50"));
    clickSave(editor);
    CHECK_FALSE(marked(editor, QStringLiteral("complaintCouponValueSpinBoxCaption")));
    CHECK(store.serviceSettings().rules().complaintCouponValue == Money::fromFen(15050));
    CHECK(store.serviceSettings().rules().returnCouponValidDays == 30);
}
