// The service rules editor: the seed's coupons (issue 21), the experience coupon after a return and
// the compensation coupon after a complaint, each on or off with its value, minimum spend and days;
// the nightly run's new buyers, thank-you, Dormant discount, VIP cap and occasions (issue 22).
#include "gui_test_helpers.h"

#include "core/service_rules.h"
#include "gui/complaints/service_rules_editor.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
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

TEST_CASE("A manager sets the nightly run's new buyers, thank-you, Dormant discount, VIP cap and occasions",
    "[gui][complaints][follow-ups]")
{
    Tab tab;
    Store &store = tab.temp.store();
    ServiceRulesEditor &editor = tab.editor;
    auto *activationOn = child<QCheckBox>(&editor, QStringLiteral("activationCheckBox"));
    auto *after = child<QSpinBox>(&editor, QStringLiteral("activationAfterSpinBox"));
    auto *firstNight = child<QSpinBox>(&editor, QStringLiteral("activationFirstNightSpinBox"));
    auto *activationValue = child<QDoubleSpinBox>(&editor, QStringLiteral("activationCouponValueSpinBox"));
    auto *activationMinSpend
        = child<QDoubleSpinBox>(&editor, QStringLiteral("activationCouponMinSpendSpinBox"));
    auto *activationDays = child<QSpinBox>(&editor, QStringLiteral("activationCouponValidDaysSpinBox"));
    auto *thankYou = child<QCheckBox>(&editor, QStringLiteral("thankYouCheckBox"));
    auto *percent = child<QSpinBox>(&editor, QStringLiteral("dormantCouponPercentSpinBox"));
    auto *dormantDays = child<QSpinBox>(&editor, QStringLiteral("dormantCouponValidDaysSpinBox"));
    auto *limit = child<QSpinBox>(&editor, QStringLiteral("vipContactLimitSpinBox"));
    auto *capDays = child<QSpinBox>(&editor, QStringLiteral("vipContactDaysSpinBox"));
    auto *holidayLead = child<QSpinBox>(&editor, QStringLiteral("holidayLeadDaysSpinBox"));
    auto *minTier = child<QComboBox>(&editor, QStringLiteral("holidayMinTierComboBox"));
    auto *lifeEventLead = child<QSpinBox>(&editor, QStringLiteral("lifeEventLeadDaysSpinBox"));
    for (QWidget *field : std::initializer_list<QWidget *>{activationOn, after, firstNight, activationValue,
             activationMinSpend, activationDays, thankYou, percent, dormantDays, limit, capDays, holidayLead,
             minTier, lifeEventLead})
        REQUIRE(field);

    // The defaults: 20元 with no minimum after 30 days, the first night 60 days back; thank-you off;
    // 10 % for 3 days; two contacts in 30 days; greetings 3 days ahead for Black, events 7.
    CHECK(activationOn->isChecked());
    CHECK(after->text() == QStringLiteral("30 days"));
    CHECK(firstNight->text() == QStringLiteral("60 days ago"));
    CHECK(activationValue->text() == QStringLiteral("¥20.00"));
    CHECK(activationMinSpend->text() == QStringLiteral("None"));
    CHECK(activationDays->text() == QStringLiteral("30 days"));
    CHECK_FALSE(thankYou->isChecked());
    CHECK(percent->text() == QStringLiteral("10 % off"));
    CHECK(dormantDays->text() == QStringLiteral("3 days"));
    CHECK(limit->text() == QStringLiteral("2 marketing contacts"));
    CHECK(capDays->value() == 30);
    CHECK(holidayLead->value() == 3);
    CHECK(minTier->count() == 4);
    CHECK(minTier->currentText() == QStringLiteral("Black"));
    CHECK(lifeEventLead->value() == 7);

    // Activation off greys its fields.
    QTest::mouseClick(
        activationOn, Qt::LeftButton, {}, QPoint(activationOn->height() / 2, activationOn->height() / 2));
    CHECK_FALSE(activationValue->isEnabled());
    CHECK_FALSE(child<QLabel>(&editor, QStringLiteral("activationAfterSpinBoxCaption"))->isEnabled());
    QTest::mouseClick(
        activationOn, Qt::LeftButton, {}, QPoint(activationOn->height() / 2, activationOn->height() / 2));
    CHECK(activationValue->isEnabled());

    retype(after, QStringLiteral("21"));
    retype(firstNight, QStringLiteral("45"));
    retype(activationValue, QStringLiteral("30"));
    retype(activationMinSpend, QStringLiteral("200"));
    retype(activationDays, QStringLiteral("14"));
    QTest::mouseClick(thankYou, Qt::LeftButton, {}, QPoint(thankYou->height() / 2, thankYou->height() / 2));
    retype(percent, QStringLiteral("0"));
    CHECK(percent->text() == QStringLiteral("None"));
    retype(dormantDays, QStringLiteral("5"));
    retype(limit, QStringLiteral("3"));
    retype(capDays, QStringLiteral("45"));
    retype(holidayLead, QStringLiteral("5"));
    minTier->setCurrentIndex(minTier->findData(2));
    retype(lifeEventLead, QStringLiteral("10"));
    clickSave(editor);
    CHECK(editor.message().startsWith(QStringLiteral("Saved.")));

    const ServiceRules saved = store.serviceSettings().rules();
    CHECK(saved.activationOn);
    CHECK(saved.activationAfterDays == 21);
    CHECK(saved.activationFirstNightDays == 45);
    CHECK(saved.activationCouponValue == Money::fromYuan(30));
    CHECK(saved.activationCouponMinSpend == Money::fromYuan(200));
    CHECK(saved.activationCouponValidDays == 14);
    CHECK(saved.thankYouOn);
    CHECK(saved.dormantCouponPercent == 0);
    CHECK(saved.dormantCouponValidDays == 5);
    CHECK(saved.vipContactLimit == 3);
    CHECK(saved.vipContactDays == 45);
    CHECK(saved.holidayLeadDays == 5);
    CHECK(saved.holidayMinTier == 2);
    CHECK(saved.lifeEventLeadDays == 10);

    ServiceRulesEditor reopened(store);
    CHECK(child<QComboBox>(&reopened, QStringLiteral("holidayMinTierComboBox"))->currentText()
        == QStringLiteral("Gold and up"));
    CHECK(child<QCheckBox>(&reopened, QStringLiteral("thankYouCheckBox"))->isChecked());
}

TEST_CASE("A first night reaching back less far than the activation's wait is refused, its field marked",
    "[gui][complaints][follow-ups]")
{
    Tab tab;
    Store &store = tab.temp.store();
    ServiceRulesEditor &editor = tab.editor;
    retype(child<QSpinBox>(&editor, QStringLiteral("activationFirstNightSpinBox")), QStringLiteral("20"));
    clickSave(editor);
    CHECK(marked(editor, QStringLiteral("activationFirstNightSpinBoxCaption")));
    CHECK(editor.message().contains(QStringLiteral("first-time buyers")));
    CHECK(store.serviceSettings().rules().activationFirstNightDays == 60);

    retype(child<QSpinBox>(&editor, QStringLiteral("activationFirstNightSpinBox")), QStringLiteral("60"));
    retype(child<QSpinBox>(&editor, QStringLiteral("vipContactLimitSpinBox")), QStringLiteral("0"));
    clickSave(editor);
    CHECK_FALSE(marked(editor, QStringLiteral("activationFirstNightSpinBoxCaption")));
    CHECK(marked(editor, QStringLiteral("vipContactLimitSpinBoxCaption")));
    CHECK(editor.message().contains(QStringLiteral("VIP")));
    CHECK(store.serviceSettings().rules().vipContactLimit == 2);
}

TEST_CASE("The Service tab with the new rules still fits a 1366x768 screen", "[gui][complaints][follow-ups]")
{
    TempStore temp;
    ServiceRulesEditor editor(temp.store());
    // The editor itself grows; the Settings page holds it in a scroll area (settings_page.cpp), so
    // only its width matters for the window.
    CHECK(editor.sizeHint().width() <= 1366 - 200);
}
