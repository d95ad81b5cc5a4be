#include "services/campaign_service.h"
#include "services/coupon_service.h"
#include "services/customer_erasure.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlQuery>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

struct Fixture
{
    TempStore t;
    int next = 0;

    CampaignService &campaigns() { return t.store().campaigns(); }

    CustomerId customer(bool consent = true, const QList<TagId> &tags = {})
    {
        const QString phone = QStringLiteral("137%1").arg(++next, 8, 10, QLatin1Char('0'));
        const CustomerId id = *t.store().customers().registerCustomer(QStringLiteral("顾客"), phone).id;
        CustomerArchive archive = *readValue(t.store().customers().load(id));
        archive.customer.consentMarketing = consent;
        archive.customer.consentProfile = consent;
        archive.tagIds = tags;
        REQUIRE(t.store().customers().save(archive).ok());
        return id;
    }

    void setNow(const QDate &day)
    {
        const QDateTime now = t.clock().now();
        t.clock().set(now.addDays(now.date().daysTo(day)));
    }

    SaleId buy(CustomerId who, const QDate &day, const QList<qint64> &yuan, const QString &coupon = {},
        const QString &style = QStringLiteral("A24-1"))
    {
        setNow(day);
        Sale sale;
        sale.customerId = who;
        sale.couponCode = coupon;
        for (const qint64 y : yuan)
            sale.lines << SaleLine{0, style, QStringLiteral("连衣裙"), {}, QStringLiteral("M"), 1,
                Money::fromYuan(y), Money::fromYuan(y)};
        const SaleResult result = t.store().sales().recordSale(sale);
        REQUIRE(result.ok());
        return *result.id;
    }

    CampaignDraft draft(const QDate &first = QDate(2026, 6, 15), const QDate &last = QDate(2026, 6, 17))
    {
        CampaignDraft d;
        d.name = QStringLiteral("会员日");
        d.firstDay = first;
        d.lastDay = last;
        d.seed = 7;
        return d;
    }

    CampaignId create(const CampaignDraft &d)
    {
        const CampaignResult<CampaignId> result = campaigns().create(d);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        return *result.value;
    }

    QList<CustomerId> group(CampaignId id, CampaignGroup which)
    {
        QList<CustomerId> ids;
        const QList<CampaignMember> members = *campaigns().members(id).value;
        for (const CampaignMember &m : members)
            if (m.group == which)
                ids << m.customer;
        return ids;
    }
};

} // namespace

TEST_CASE("a campaign's audience needs marketing consent and never takes the erased", "[services][campaigns]")
{
    Fixture f;
    const CustomerId yes = f.customer(true);
    f.customer(false);
    const CustomerId erased = f.customer(true);
    REQUIRE(f.t.store().erasure().erase(erased).ok());
    const CampaignResult<AudiencePreview> all = f.campaigns().preview({}, 0);
    REQUIRE(all.ok());
    CHECK(all.value->customers == 1);
    CampaignDraft d = f.draft();
    d.holdoutPercent = 0;
    const CampaignResult<CampaignId> created = f.campaigns().create(d);
    REQUIRE(created.ok());
    CHECK_FALSE(created.warning.isEmpty()); // nothing to measure against
    CHECK(f.group(*created.value, CampaignGroup::Invited) == QList<CustomerId>{yes});
}

TEST_CASE("audience filters combine kinds with AND and values with OR; never scored still qualifies",
    "[services][campaigns]")
{
    Fixture f;
    const TagId silk = *f.t.store().customers().addTag(QStringLiteral("真丝"), Tag::Category::Material).id;
    const TagId wool = *f.t.store().customers().addTag(QStringLiteral("羊毛"), Tag::Category::Material).id;
    const CustomerId a = f.customer(true, {silk});
    const CustomerId b = f.customer(true, {wool});
    const CustomerId c = f.customer(true, {});
    f.buy(a, QDate(2026, 6, 1), {300}, {}, QStringLiteral("S-1"));
    f.buy(b, QDate(2026, 3, 1), {300}, {}, QStringLiteral("S-2"));
    f.buy(c, QDate(2026, 6, 1), {300}, {}, QStringLiteral("S-1"));

    AudienceFilters filters;
    filters.tags = {QStringLiteral("真丝"), QStringLiteral("羊毛")};
    CHECK(f.campaigns().preview(filters).value->customers == 2);
    filters.styles = {QStringLiteral("S-1")};
    CHECK(f.campaigns().preview(filters).value->customers == 1);
    filters = {};
    filters.tiers = {Tier::None}; // nobody was ever scored or tiered
    filters.lastPurchaseFrom = QDate(2026, 5, 1);
    CHECK(f.campaigns().preview(filters).value->customers == 2);
    filters.lastPurchaseFrom = QDate();
    filters.lastPurchaseTo = QDate(2026, 5, 31); // the last purchase, not any: only b's was before June
    const auto beforeJune = f.campaigns().preview(filters);
    REQUIRE(beforeJune.ok());
    CHECK(beforeJune.value->customers == 1);
    f.buy(b, QDate(2026, 6, 2), {100});
    CHECK(f.campaigns().preview(filters).badInput); // nobody left, and the last-purchase filter is named
}

TEST_CASE("bad filters are refused: the filter that left nobody, reversed dates, unknown codes",
    "[services][campaigns]")
{
    Fixture f;
    f.customer(true);
    AudienceFilters filters;
    filters.tiers = {Tier::None};
    filters.styles = {QStringLiteral("NOPE-1")};
    CampaignResult<AudiencePreview> result = f.campaigns().preview(filters);
    CHECK(result.badInput);
    CHECK(result.error.contains(QStringLiteral("NOPE-1")));
    CHECK_FALSE(result.error.contains(QStringLiteral("tier")));

    filters = {};
    filters.lastPurchaseFrom = QDate(2026, 6, 1);
    filters.lastPurchaseTo = QDate(2026, 5, 1);
    CHECK(f.campaigns().preview(filters).badInput);

    filters = {};
    filters.segments = {QStringLiteral("vipp")};
    result = f.campaigns().preview(filters);
    CHECK(result.badInput);
    CHECK(result.error.contains(QStringLiteral("champions")));
    CHECK(result.error.contains(QStringLiteral("dormant")));

    filters = {};
    filters.tags = {QStringLiteral("没有")};
    CHECK(f.campaigns().preview(filters).badInput);

    CHECK(f.campaigns().create(f.draft(QDate(2026, 6, 17), QDate(2026, 6, 15))).badInput);
    CampaignDraft d = f.draft();
    d.holdoutPercent = 100;
    CHECK(f.campaigns().create(d).badInput);
    CHECK(f.campaigns().get(999).badInput);
    CHECK(f.campaigns().effect(999).badInput);
}

TEST_CASE("same audience and seed split alike; the holdout is never invited nor given the offer",
    "[services][campaigns]")
{
    Fixture f;
    for (int i = 0; i < 60; ++i)
        f.customer(true);
    CampaignDraft d = f.draft();
    d.holdoutPercent = 25;
    d.offer = CampaignOffer{OfferKind::Amount, 5000, Money::fromYuan(300)};
    const CampaignId first = f.create(d);
    d.name = QStringLiteral("第二次");
    d.offer.reset();
    const CampaignId second = f.create(d);
    const QList<CustomerId> holdout = f.group(first, CampaignGroup::Holdout);
    CHECK(holdout.size() == 15);
    CHECK(f.group(second, CampaignGroup::Holdout) == holdout);
    CHECK(f.group(second, CampaignGroup::Invited) == f.group(first, CampaignGroup::Invited));

    QSqlQuery coupons(f.t.store().database().connection());
    REQUIRE(coupons.exec(
        QStringLiteral("SELECT customer_id, reason, valid_from, valid_to, campaign_id FROM coupons")));
    int issued = 0;
    while (coupons.next()) {
        ++issued;
        CHECK_FALSE(holdout.contains(coupons.value(0).toLongLong()));
        CHECK(coupons.value(1).toString() == QStringLiteral("campaign"));
        CHECK(coupons.value(2).toString() == QStringLiteral("2026-06-15"));
        CHECK(coupons.value(3).toString() == QStringLiteral("2026-06-17"));
        CHECK(coupons.value(4).toLongLong() == first);
    }
    CHECK(issued == 45);

    MessageTemplate text;
    text.name = QStringLiteral("邀请");
    text.body = QStringLiteral("{name}您好，会员日见");
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    CHECK(f.campaigns().exportSms(second, file, text, &summary).ok());
    CHECK(summary.written == 45);
    const auto copies = f.campaigns().messageCopies(first, text);
    REQUIRE(copies.ok());
    CHECK(copies.value->size() == 45);
    const QList<CampaignMember> members = *f.campaigns().members(first).value;
    for (const CampaignMember &m : members)
        CHECK(m.invitedAt.isValid() == (m.group == CampaignGroup::Invited));
    QSqlQuery contacts(f.t.store().database().connection());
    REQUIRE(contacts.exec(
        QStringLiteral("SELECT customer_id, campaign_id, channel FROM contacts WHERE source = 'campaign'")));
    int recorded = 0;
    while (contacts.next()) {
        ++recorded;
        CHECK_FALSE(holdout.contains(contacts.value(0).toLongLong()));
        CHECK(contacts.value(2).toString()
            == (contacts.value(1).toLongLong() == first ? QStringLiteral("wechat") : QStringLiteral("sms")));
    }
    CHECK(recorded == 90);
}

TEST_CASE("the effect counts purchases in the window plus the attribution days, by kept value",
    "[services][campaigns]")
{
    Fixture f;
    for (int i = 0; i < 8; ++i)
        f.customer(true);
    CampaignDraft d = f.draft(QDate(2026, 6, 15), QDate(2026, 6, 17));
    d.holdoutPercent = 50;
    d.offer = CampaignOffer{OfferKind::Amount, 5000, Money()};
    const CampaignId id = f.create(d);
    const QList<CustomerId> invited = f.group(id, CampaignGroup::Invited);
    const QList<CustomerId> holdout = f.group(id, CampaignGroup::Holdout);
    REQUIRE(invited.size() == 4);
    REQUIRE(holdout.size() == 4);
    const QString code = f.t.store().coupons().list(invited[0], false).value->first().code;

    f.buy(invited[0], QDate(2026, 6, 16), {300}, code); // 300 − 50 coupon: 250
    f.buy(invited[1], QDate(2026, 7, 1), {200}); // last day + 14: counts
    f.buy(invited[2], QDate(2026, 7, 2), {200}); // last day + 15: does not
    f.buy(invited[3], QDate(2026, 6, 14), {100}); // before the first day
    const SaleId refunded = f.buy(holdout[0], QDate(2026, 6, 16), {100}); // returned in full: no purchase
    REQUIRE(f.t.store()
                .sales()
                .recordReturn(readValue(f.t.store().sales().sale(refunded))->lines.first().id, 1,
                    QStringLiteral("不合适"))
                .ok());
    const SaleId partly = f.buy(holdout[1], QDate(2026, 6, 16), {100, 60}); // 60 returned: keeps 100
    REQUIRE(f.t.store()
                .sales()
                .recordReturn(
                    readValue(f.t.store().sales().sale(partly))->lines.last().id, 1, QStringLiteral("不合适"))
                .ok());
    const SaleId old = f.buy(holdout[2], QDate(2026, 6, 14), {100}); // exchanged in the window
    f.setNow(QDate(2026, 6, 16));
    SaleLine replacement{0, QStringLiteral("A24-2"), {}, {}, QStringLiteral("L"), 1, Money::fromYuan(100),
        Money::fromYuan(100)};
    REQUIRE(f.t.store()
                .sales()
                .recordExchange(readValue(f.t.store().sales().sale(old))->lines.first().id, 1, replacement,
                    QStringLiteral("换码"))
                .ok());

    CampaignEffect effect = *f.campaigns().effect(id).value;
    CHECK(effect.invited.customers == 4);
    CHECK(effect.invited.buyers == 2);
    CHECK(effect.invited.revenue == Money::fromYuan(450));
    CHECK(effect.invited.couponsRedeemed == 1);
    CHECK(effect.invited.offerCost == Money::fromYuan(50));
    CHECK(effect.holdout.customers == 4);
    CHECK(effect.holdout.buyers == 1);
    CHECK(effect.holdout.revenue == Money::fromYuan(100));
    CHECK(effect.holdout.couponsRedeemed == 0);
    CHECK(effect.conversionLift.estimate == Approx(0.25));
    CHECK(effect.revenueLift.estimate == Approx((45000.0 - 10000.0) / 4));
    CHECK(effect.conversionLift.includesZero()); // four against four tells nothing
    CHECK(CampaignService::describeConversion(effect).contains(
        QStringLiteral("cannot be told apart from chance")));

    effect = *f.campaigns().effect(id, 0).value;
    CHECK(effect.invited.buyers == 1);
    CHECK(effect.invited.revenue == Money::fromYuan(250));
    CHECK(f.campaigns().effect(id, -1).badInput);
}
