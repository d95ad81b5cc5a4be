// The seed's segment rules in the Tiers page's rules editor (issue 21): Dormant's purchase limit,
// Potential's moderate spend band with the band this store has now beside it, redemption from Silver.
#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "core/loyalty_rules.h"
#include "gui/loyalty/distribution_model.h"
#include "gui/loyalty/loyalty_rules_editor.h"
#include "gui/loyalty/tiers_page.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/nightly_runner.h"
#include "services/store.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

void chooseBand(QWidget *editor, SpendBandMode mode)
{
    auto *combo = child<QComboBox>(editor, QStringLiteral("potentialBandComboBox"));
    REQUIRE(combo);
    const int index = combo->findData(static_cast<int>(mode));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // as a click on the item does
}

} // namespace

TEST_CASE("The rules editor edits the seed's segment rules and redemption from Silver", "[gui][tiers][seed]")
{
    LoyaltyRulesEditor editor;
    editor.setRules(LoyaltyRules());
    editor.show();
    auto *dormantMax = child<QSpinBox>(&editor, QStringLiteral("dormantMaxPurchasesSpinBox"));
    auto *low = child<QDoubleSpinBox>(&editor, QStringLiteral("potentialMinSpendSpinBox"));
    auto *high = child<QDoubleSpinBox>(&editor, QStringLiteral("potentialMaxSpendSpinBox"));
    auto *fromSilver = child<QCheckBox>(&editor, QStringLiteral("redeemFromSilverCheckBox"));
    REQUIRE(dormantMax);
    REQUIRE(low);
    REQUIRE(high);
    REQUIRE(fromSilver);
    CHECK(dormantMax->value() == 2);
    CHECK(fromSilver->isChecked());
    // Automatic by default: the amounts are not the band, so they cannot be edited.
    CHECK_FALSE(low->isEnabled());
    CHECK_FALSE(high->isEnabled());

    chooseBand(&editor, SpendBandMode::Fixed);
    CHECK(low->isEnabled());
    CHECK(high->isEnabled());
    low->setValue(380);
    high->setValue(2150);
    dormantMax->setValue(0);
    CHECK(dormantMax->text() == QStringLiteral("Any number")); // 0: Dormant whatever the purchases
    fromSilver->setChecked(false);
    const LoyaltyRules rules = editor.rules();
    CHECK(rules.segments.potentialBand == SpendBandMode::Fixed);
    CHECK(rules.segments.potentialMinSpend == Money::fromYuan(380));
    CHECK(rules.segments.potentialMaxSpend == Money::fromYuan(2150));
    CHECK(rules.segments.dormantMaxPurchases == 0);
    CHECK_FALSE(rules.points.redeemFromSilver);

    chooseBand(&editor, SpendBandMode::Off);
    CHECK(editor.rules().segments.potentialBand == SpendBandMode::Off);
    CHECK_FALSE(low->isEnabled());
}

TEST_CASE("The band this store has now is shown beside the setting", "[gui][tiers][seed]")
{
    LoyaltyRulesEditor editor;
    const QDate asOf(2026, 6, 14);
    editor.setMeasuredBand(SpendBand{Money::fromYuan(380), Money::fromYuan(2150)}, asOf);
    CHECK(child<QLabel>(&editor, QStringLiteral("measuredBandLabel"))->text()
        == QStringLiteral("This store now: %1–%2 (as of %3)")
               .arg(DisplayFormat::amount(Money::fromYuan(380)), DisplayFormat::amount(Money::fromYuan(2150)),
                   DisplayFormat::date(asOf)));
    editor.setMeasuredBand(std::nullopt, QDate());
    CHECK(child<QLabel>(&editor, QStringLiteral("measuredBandLabel"))->text()
        == QStringLiteral("This store now: measured by the first nightly run."));

    // On the Tiers page: the last run's band, 300 to 9000 元 in the loyalty store.
    TempStore temp;
    fillLoyaltyStore(temp.store());
    REQUIRE(NightlyJob(temp.store().database(), temp.clock())
                .run(loyaltyAsOf(), NightlyRun::StartedBy::Cli)
                .result
        == NightlyRun::Result::Ok);
    NightlyRunner runner(temp.path(), temp.clock());
    TiersPage page(temp.store(), runner);
    page.show();
    CHECK(child<QLabel>(&page, QStringLiteral("measuredBandLabel"))->text()
        == QStringLiteral("This store now: %1–%2 (as of %3)")
               .arg(DisplayFormat::amount(Money::fromYuan(300)), DisplayFormat::amount(Money::fromYuan(9000)),
                   DisplayFormat::date(loyaltyAsOf())));
    // The grid has a column for each new segment.
    const DistributionModel *grid = page.distributionModel();
    QStringList headers;
    for (int column = 0; column < grid->columnCount(); ++column)
        headers << grid->headerData(column, Qt::Horizontal).toString();
    CHECK(headers.contains(QStringLiteral("Occasional")));
    CHECK(headers.contains(QStringLiteral("Lapsed regular")));
}

TEST_CASE("A band that ends below its start is refused, naming the field", "[gui][tiers][seed]")
{
    TempStore temp;
    NightlyRunner runner(temp.path(), temp.clock());
    TiersPage page(temp.store(), runner);
    page.show();
    chooseBand(&page, SpendBandMode::Fixed);
    child<QDoubleSpinBox>(&page, QStringLiteral("potentialMinSpendSpinBox"))->setValue(3000);
    child<QDoubleSpinBox>(&page, QStringLiteral("potentialMaxSpendSpinBox"))->setValue(500);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveRulesButton")), Qt::LeftButton);
    CHECK(child<QLabel>(&page, QStringLiteral("rulesMessageLabel"))->text()
        == QStringLiteral("Potential: moderate spend up to must not be below moderate spend from."));
    CHECK(child<QLabel>(&page, QStringLiteral("potentialMaxSpendSpinBoxCaption"))
              ->styleSheet()
              .contains(QStringLiteral("#c0392b")));
    CHECK(temp.store().loyalty().rules().segments.potentialBand == SpendBandMode::Automatic);

    child<QDoubleSpinBox>(&page, QStringLiteral("potentialMaxSpendSpinBox"))
        ->setValue(3000); // equal: allowed
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveRulesButton")), Qt::LeftButton);
    const LoyaltyRules saved = temp.store().loyalty().rules();
    CHECK(saved.segments.potentialBand == SpendBandMode::Fixed);
    CHECK(saved.segments.potentialMinSpend == Money::fromYuan(3000));
    CHECK(saved.segments.potentialMaxSpend == Money::fromYuan(3000));
}
