#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/counter/card_forecast_widget.h"
#include "gui/counter/counter_page.h"
#include "gui/counter/redeem_points_dialog.h"
#include "services/customer_service.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/prediction_repository.h"
#include "support/language_scope.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId registerCustomer(TempStore &temp, const QString &name, const QString &phone)
{
    const SaveResult saved = temp.store().customers().registerCustomer(name, phone);
    REQUIRE(saved.ok());
    return *saved.id;
}

// A sale of `pieces` at `yuan` each, now, as the sale dialog records it; each yuan earns a point.
Sale buy(TempStore &temp, CustomerId customer, int yuan, int pieces = 1)
{
    Sale sale;
    sale.customerId = customer;
    SaleLine line;
    line.styleNumber = QStringLiteral("A2611");
    line.category = QStringLiteral("Dress");
    line.quantity = pieces;
    line.listPrice = line.paidPrice = Money::fromYuan(yuan);
    sale.lines << line;
    const SaleResult recorded = temp.store().sales().recordSale(sale);
    REQUIRE(recorded.ok());
    return *readValue(temp.store().sales().sale(*recorded.id));
}

void runNightly(TempStore &temp)
{
    REQUIRE(NightlyJob(temp.store().database(), temp.clock())
                .run(temp.clock().today(), NightlyRun::StartedBy::Manual)
                .result
        == NightlyRun::Result::Ok);
}

// The nightly run forecasts only once enough customers have bought twice (a store, not a test's
// one customer): her "bought once" line is planted as the run writes it, as of its day.
void plantForecast(TempStore &temp, CustomerId customer, const QDate &firstPurchase)
{
    PredictionRepository predictions(temp.store().database().connection());
    PredictionFit fit;
    fit.fittedAt = temp.clock().now();
    fit.asOf = temp.clock().today();
    CustomerPrediction prediction;
    prediction.customer = customer;
    prediction.fit = predictions.addFit(fit);
    prediction.firstPurchase = prediction.lastPurchase = firstPurchase;
    predictions.replaceForecasts({prediction}, temp.clock().today());
}

QString forecastText(QWidget *page)
{
    auto *forecast = child<CardForecastWidget>(page, QStringLiteral("cardForecastWidget"));
    REQUIRE(forecast);
    return forecast->text();
}

QString labelText(QWidget *parent, const char *name)
{
    auto *label = child<QLabel>(parent, QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

QString pointsText(qint64 points, const char *worth)
{
    return QStringLiteral("%1 · worth %2").arg(QLocale().toString(points), QString::fromUtf8(worth));
}

void click(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(which), Qt::LeftButton);
}

} // namespace

TEST_CASE("The card shows tier, segment, scores and points after a nightly run", "[gui][loyalty]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    // Three purchases in the last two months, ¥3,500 in all: Gold (from ¥3,000) and Active.
    for (const int yuan : {1500, 1200, 800}) {
        buy(temp, id, yuan);
        temp.clock().advanceDays(20);
    }
    const QDate asOf = temp.clock().today();
    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    CHECK(labelText(&page, "segmentLabel") == QStringLiteral("Not scored yet — the nightly run will"));

    REQUIRE(NightlyJob(temp.store().database(), temp.clock()).run(asOf, NightlyRun::StartedBy::Manual).result
        == NightlyRun::Result::Ok);
    page.reloadLoyalty();

    CHECK(labelText(&page, "tierLabel") == QStringLiteral("Gold · since ") + DisplayFormat::date(asOf));
    // One segment word on the card: the store's, without the RFM named segment beside it.
    const StoreSegment now = readValue(temp.store().loyalty().customer(id)).score->segment;
    CHECK(now != StoreSegment::Dormant);
    CHECK(labelText(&page, "segmentLabel") == Labels::of(now));
    CHECK(labelText(&page, "rfmLabel") == QStringLiteral("R 1 · F 1 · M 1")); // the only customer who bought
    CHECK(labelText(&page, "nextTierLabel") == QStringLiteral("¥4,500.00 more spend to Black"));
    CHECK(labelText(&page, "pointsLabel") == pointsText(3500, "¥350.00"));
    auto *movements = child<QTableWidget>(&page, QStringLiteral("movementsTable"));
    REQUIRE(movements->rowCount() == 3);
    CHECK(movements->item(0, 1)->text() == QStringLiteral("earned"));
    CHECK(movements->item(0, 2)->text() == QStringLiteral("+800"));
    CHECK(child<QPushButton>(&page, QStringLiteral("redeemButton"))->isEnabled());
}

TEST_CASE("Redeeming 100 points from the card lowers the balance and writes the ledger", "[gui][loyalty]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("李静"), QStringLiteral("13987654321"));
    buy(temp, id, 1230);
    runNightly(temp); // Silver: redeeming is a Silver benefit
    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    REQUIRE(labelText(&page, "pointsLabel") == pointsText(1230, "¥120.00"));

    QString done;
    int maximum = 0;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        auto *spin = child<QSpinBox>(dialog, QStringLiteral("pointsSpinBox"));
        maximum = spin->maximum();
        spin->setValue(100);
        click(dialog, QDialogButtonBox::Ok);
        done = labelText(dialog, "doneLabel");
        click(dialog, QDialogButtonBox::Close);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("redeemButton")), Qt::LeftButton);
    REQUIRE(modal.ran());

    CHECK(maximum == 1200);
    CHECK(done == QStringLiteral("Redeemed 100 points: take ¥10.00 off the bill."));
    CHECK(waitFor([&] { return labelText(&page, "pointsLabel") == pointsText(1130, "¥110.00"); }));
    const QList<PointsMovement> ledger = readValue(temp.store().points().movements(id, 1));
    REQUIRE(ledger.size() == 1);
    CHECK(ledger.first().kind == PointsMovement::Kind::Redeem);
    CHECK(ledger.first().points == -100);
    auto *movements = child<QTableWidget>(&page, QStringLiteral("movementsTable"));
    CHECK(movements->item(0, 1)->text() == QStringLiteral("redeemed"));
    CHECK(movements->item(0, 2)->text() == QLocale().toString(-100));
}

TEST_CASE("Redeeming more than the balance is refused and the dialog stays open", "[gui][loyalty]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("陈晨"), QStringLiteral("13700001111"));
    buy(temp, id, 250);
    // A Member: this store lets every member redeem (the setting), so only the balance matters here.
    LoyaltyRules rules = temp.store().loyalty().rules();
    rules.points.redeemFromSilver = false;
    REQUIRE(temp.store().loyalty().saveRules(rules).ok());
    RedeemPointsDialog dialog(temp.store(), id);
    dialog.show();
    auto *spin = child<QSpinBox>(&dialog, QStringLiteral("pointsSpinBox"));
    CHECK(spin->maximum() == 200); // the balance rounded down to whole blocks of 100

    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("300"));
    QTest::keyClick(spin, Qt::Key_Tab);
    CHECK(spin->value() <= 200);

    SECTION("a number that is not whole blocks is refused by the service")
    {
        spin->setValue(150);
        click(&dialog, QDialogButtonBox::Ok);
        CHECK(labelText(&dialog, "messageLabel") == QStringLiteral("Points are redeemed in blocks of 100."));
    }
    SECTION("points spent meanwhile at another counter are refused by the service")
    {
        spin->setValue(200);
        Store other(&temp.clock());
        REQUIRE(other.open(temp.path()));
        REQUIRE(other.points().redeem(id, 100).ok());
        click(&dialog, QDialogButtonBox::Ok);
        CHECK(labelText(&dialog, "messageLabel") == QStringLiteral("Only 150 point(s) available."));
    }
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.redemption().ok());
    CHECK(child<QLabel>(&dialog, QStringLiteral("doneLabel"))->isHidden());
    CHECK(readValue(temp.store().points().balance(id)) <= 250);
    for (const PointsMovement &movement : readValue(temp.store().points().movements(id, 10)))
        CHECK(movement.points != -200);
}

TEST_CASE("A customer no nightly run has seen is 'not scored yet', and cannot redeem", "[gui][loyalty]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("赵敏"), QStringLiteral("13600002222"));
    CounterPage page(temp.store());
    page.show();
    page.showCustomer(id);
    CHECK(labelText(&page, "tierLabel") == Labels::of(Tier::None));
    CHECK(labelText(&page, "segmentLabel") == QStringLiteral("Not scored yet — the nightly run will"));
    CHECK(child<QLabel>(&page, QStringLiteral("rfmLabel"))->isHidden());
    CHECK(labelText(&page, "pointsLabel") == pointsText(0, "¥0.00"));
    // A Member: the card says why she cannot redeem instead of showing a button that cannot work.
    CHECK(child<QPushButton>(&page, QStringLiteral("redeemButton"))->isHidden());
    CHECK(child<QLabel>(&page, QStringLiteral("redeemNoteLabel"))->isVisible());
    CHECK(labelText(&page, "noMovementsLabel").size() > 0);
    CHECK(child<QLabel>(&page, QStringLiteral("noMovementsLabel"))->isVisible());
}

TEST_CASE("A Member trying to redeem is told why; once Silver the button is there", "[gui][loyalty][seed]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("孙丽"), QStringLiteral("13600003333"));
    buy(temp, id, 1230); // Silver spend, but the nightly run has not made her Silver yet
    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    auto *redeem = child<QPushButton>(&page, QStringLiteral("redeemButton"));
    auto *note = child<QLabel>(&page, QStringLiteral("redeemNoteLabel"));
    CHECK(redeem->isHidden());
    REQUIRE(note->isVisible());
    CHECK(note->text() == PointsService::redemptionRefusal(Tier::None, PointsRules()));
    CHECK(note->text().contains(QStringLiteral("from Silver up")));
    // The service refuses her too, whoever asks.
    CHECK(temp.store().points().redeem(id, 100).message == note->text());

    runNightly(temp);
    page.reloadLoyalty();
    CHECK(redeem->isVisible());
    CHECK(redeem->isEnabled());
    CHECK(note->isHidden());

    // With the setting off, a Member has the button again.
    const CustomerId member = registerCustomer(temp, QStringLiteral("周琳"), QStringLiteral("13600004444"));
    buy(temp, member, 300);
    LoyaltyRules rules = temp.store().loyalty().rules();
    rules.points.redeemFromSilver = false;
    REQUIRE(temp.store().loyalty().saveRules(rules).ok());
    page.showCustomer(member);
    CHECK(redeem->isVisible());
    CHECK(redeem->isEnabled());
    CHECK(note->isHidden());
}

TEST_CASE("A sale shows on the card at once; what only the nightly run computes says of when",
    "[gui][loyalty][card]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("周丽"), QStringLiteral("13511112222"));
    const QDate firstPurchase = temp.clock().today();
    buy(temp, id, 40);
    temp.clock().advanceDays(200); // long enough ago to be dormant
    runNightly(temp);
    plantForecast(temp, id, firstPurchase);
    const QString ranOn = temp.clock().today().toString(Qt::ISODate);
    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    REQUIRE(labelText(&page, "segmentLabel") == Labels::of(StoreSegment::Dormant));
    REQUIRE(labelText(&page, "nextTierLabel") == QStringLiteral("¥960.00 more spend to Silver"));
    REQUIRE(labelText(&page, "rfmLabel") == QStringLiteral("R 1 · F 1 · M 1"));
    REQUIRE(forecastText(&page) == QStringLiteral("Bought once: too early to say"));
    auto *purchases = child<QTableWidget>(&page, QStringLiteral("purchasesTable"));
    REQUIRE(purchases->rowCount() == 1);

    temp.clock().advanceDays(1);
    buy(temp, id, 798);

    // Without reopening the card: the notifier's Sales change reaches it through the event loop.
    CHECK(waitFor([&] { return labelText(&page, "spendLabel") == QStringLiteral("¥838.00"); }));
    CHECK(labelText(&page, "visitsLabel") == QStringLiteral("2"));
    CHECK(labelText(&page, "nextTierLabel") == QStringLiteral("¥162.00 more spend to Silver"));
    REQUIRE(purchases->rowCount() == 2);
    CHECK(purchases->item(0, 1)->text() == QStringLiteral("Dress"));
    CHECK(purchases->item(0, 2)->text() == QStringLiteral("¥798.00"));
    CHECK(labelText(&page, "segmentLabel")
        == QStringLiteral("As of %1: %2").arg(ranOn, Labels::of(StoreSegment::Dormant)));
    CHECK(labelText(&page, "rfmLabel") == QStringLiteral("R 1 · F 1 · M 1 (as of %1)").arg(ranOn));
    CHECK(forecastText(&page)
        == QStringLiteral("As of %1, before her latest visit:\nBought once: too early to say").arg(ranOn));

    // The next run has seen the sale: the figures are today's again, without "as of".
    runNightly(temp);
    page.reloadLoyalty();
    const StoreSegment now = readValue(temp.store().loyalty().customer(id)).score->segment;
    CHECK(now != StoreSegment::Dormant);
    CHECK(labelText(&page, "segmentLabel") == Labels::of(now));
    CHECK(labelText(&page, "rfmLabel") == QStringLiteral("R 1 · F 1 · M 1"));
}

TEST_CASE("A return marks the line returned on the card and lowers the spend at once", "[gui][loyalty][card]")
{
    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("孙悦"), QStringLiteral("13533334444"));
    const Sale sale = buy(temp, id, 399, 2);
    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    auto *purchases = child<QTableWidget>(&page, QStringLiteral("purchasesTable"));
    REQUIRE(purchases->rowCount() == 1);
    REQUIRE(purchases->item(0, 1)->text() == QStringLiteral("Dress × 2"));
    REQUIRE(labelText(&page, "nextTierLabel") == QStringLiteral("¥202.00 more spend to Silver"));

    REQUIRE(temp.store().sales().recordReturn(sale.lines.first().id, 1, QStringLiteral("too big")).ok());
    CHECK(waitFor([&] { return labelText(&page, "spendLabel") == QStringLiteral("¥399.00"); }));
    CHECK(purchases->item(0, 1)->text() == QStringLiteral("Dress × 2 (1 of 2 returned)"));
    CHECK(labelText(&page, "nextTierLabel") == QStringLiteral("¥601.00 more spend to Silver"));

    REQUIRE(temp.store().sales().recordReturn(sale.lines.first().id, 1, QStringLiteral("too big")).ok());
    CHECK(waitFor([&] { return labelText(&page, "spendLabel") == QStringLiteral("¥0.00"); }));
    CHECK(purchases->item(0, 1)->text() == QStringLiteral("Dress × 2 (returned)"));
    CHECK(labelText(&page, "nextTierLabel") == QStringLiteral("¥1,000.00 more spend to Silver"));
}

TEST_CASE("the card writes her dates, money and tags as DisplayFormat does, in Chinese too",
    "[gui][counter][format]")
{
    const LocaleScope chinese(QLocale(QLocale::Chinese, QLocale::China));

    TempStore temp;
    const CustomerId id = registerCustomer(temp, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    CustomerArchive archive = *readValue(temp.store().customers().load(id));
    for (const QString &name : {QStringLiteral("法式"), QStringLiteral("通勤"), QStringLiteral("棉麻")}) {
        const TagResult tag = temp.store().customers().addTag(name, Tag::Category::Style);
        REQUIRE(tag.ok());
        archive.tagIds << *tag.id;
    }
    REQUIRE(temp.store().customers().save(archive).ok());
    const Sale sale = buy(temp, id, 4919);

    CounterPage page(temp.store());
    page.resize(1000, 700);
    page.show();
    page.showCustomer(id);
    const QString tags = labelText(&page, "styleTagsLabel");
    CHECK(tags.count(QStringLiteral("、")) == 2);
    CHECK_FALSE(tags.contains(u','));
    CHECK(labelText(&page, "spendLabel") == DisplayFormat::amount(Money::fromYuan(4919)));
    CHECK(labelText(&page, "spendLabel") == QStringLiteral("¥4,919.00"));
    auto *purchases = child<QTableWidget>(&page, QStringLiteral("purchasesTable"));
    REQUIRE(purchases->rowCount() == 1);
    CHECK(purchases->item(0, 0)->text() == DisplayFormat::date(sale.soldAt.date()));
    CHECK(purchases->item(0, 0)->text() == sale.soldAt.date().toString(QStringLiteral("yyyy-MM-dd")));
}
