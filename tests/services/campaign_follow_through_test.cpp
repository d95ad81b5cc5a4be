// Issue 22: slow stock to the right people, RSVPs and attendance at the counter, the campaigns of the
// month in the monthly report.
#include "core/audit.h"
#include "services/audit_trail.h"
#include "services/campaign_responses.h"
#include "services/campaign_service.h"
#include "services/customer_service.h"
#include "services/reports.h"
#include "services/sale_service.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

struct Fixture
{
    TempStore t;
    int next = 0;

    CustomerId customer(bool consent = true, const QList<TagId> &tags = {}, const QString &sizeTop = {})
    {
        const QString phone = QStringLiteral("137%1").arg(++next, 8, 10, QLatin1Char('0'));
        const CustomerId id = *t.store().customers().registerCustomer(QStringLiteral("顾客"), phone).id;
        CustomerArchive archive = *readValue(t.store().customers().load(id));
        archive.customer.consentMarketing = consent;
        archive.customer.consentProfile = consent;
        archive.customer.sizeTop = sizeTop;
        archive.tagIds = tags;
        REQUIRE(t.store().customers().save(archive).ok());
        return id;
    }

    void setNow(const QDate &day)
    {
        const QDateTime now = t.clock().now();
        t.clock().set(now.addDays(now.date().daysTo(day)));
    }

    void buy(CustomerId who, const QString &style, const QString &category, const QString &size)
    {
        Sale sale;
        sale.customerId = who;
        sale.lines << SaleLine{0, style, category, {}, size, 1, Money::fromYuan(300), Money::fromYuan(300)};
        REQUIRE(t.store().sales().recordSale(sale).ok());
    }

    QList<CustomerId> audience(const AudienceFilters &filters)
    {
        CampaignDraft d;
        d.name = QStringLiteral("滞销款");
        d.kind = CampaignKind::Clearance;
        d.firstDay = QDate(2026, 6, 15);
        d.lastDay = QDate(2026, 6, 20);
        d.holdoutPercent = 0;
        d.seed = 3;
        d.filters = filters;
        const CampaignResult<CampaignId> made = t.store().campaigns().create(d);
        INFO(made.error.toStdString());
        REQUIRE(made.ok());
        QList<CustomerId> ids;
        const QList<CampaignMember> members = *t.store().campaigns().members(*made.value).value;
        for (const CampaignMember &m : members)
            ids << m.customer;
        return ids;
    }
};

} // namespace

TEST_CASE("slow stock reaches who bought the style, its category or its style tags, in the sizes in stock",
    "[campaign][slow_stock]")
{
    Fixture f;
    f.setNow(QDate(2026, 6, 1));
    const TagId romantic = *f.t.store().customers().addTag(QStringLiteral("浪漫"), Tag::Category::Style).id;
    const TagId minimal = *f.t.store().customers().addTag(QStringLiteral("极简"), Tag::Category::Style).id;
    const CustomerId boughtStyle = f.customer(true, {romantic});
    f.buy(boughtStyle, QStringLiteral("D2301"), QStringLiteral("连衣裙"), QStringLiteral("M"));
    const CustomerId sameCategory = f.customer();
    f.buy(sameCategory, QStringLiteral("D9999"), QStringLiteral("连衣裙"), QStringLiteral("S"));
    const CustomerId styleTag = f.customer(true, {romantic}, QStringLiteral("M")); // never bought
    const CustomerId wrongSize = f.customer();
    f.buy(wrongSize, QStringLiteral("D2301"), QStringLiteral("连衣裙"), QStringLiteral("XL"));
    const CustomerId noConsent = f.customer(false);
    f.buy(noConsent, QStringLiteral("D2301"), QStringLiteral("连衣裙"), QStringLiteral("M"));
    const CustomerId otherTaste = f.customer(true, {minimal}, QStringLiteral("M"));
    f.buy(otherTaste, QStringLiteral("T100"), QStringLiteral("衬衫"), QStringLiteral("M"));

    AudienceFilters filters;
    filters.slowStock.styles = {QStringLiteral("D2301")};
    filters.slowStock.sizes = {QStringLiteral("M"), QStringLiteral("S")};
    CHECK(f.t.store().campaigns().preview(filters, 0).value->customers == 3);
    const QList<CustomerId> ids = f.audience(filters);
    CHECK(ids == QList<CustomerId>{boughtStyle, sameCategory, styleTag});

    // The style tags found are kept with the campaign, and old filters without slow stock still read.
    const QList<CampaignSummary> list = *f.t.store().campaigns().list().value;
    CHECK(list.first().campaign.filters.slowStock.styleTags == QStringList{QStringLiteral("浪漫")});
    CHECK(
        filtersFromStoredText(toStoredText(list.first().campaign.filters)) == list.first().campaign.filters);
    CHECK(filtersFromStoredText(QStringLiteral(R"({"sizes":["M"]})")).slowStock.isEmpty());

    SECTION("a category typed instead of style numbers")
    {
        AudienceFilters byCategory;
        byCategory.slowStock.categories = {QStringLiteral("衬衫")};
        byCategory.slowStock.styleTags = {QStringLiteral("极简")};
        CHECK(f.audience(byCategory) == QList<CustomerId>{otherTaste});
    }
    SECTION("sizes alone are refused, naming what is missing")
    {
        AudienceFilters sizesOnly;
        sizesOnly.slowStock.sizes = {QStringLiteral("M")};
        const CampaignResult<AudiencePreview> refused = f.t.store().campaigns().preview(sizesOnly, 0);
        CHECK(refused.badInput);
        CHECK(refused.error.contains(QStringLiteral("style numbers")));
    }
}

namespace {

struct EventFixture : Fixture
{
    CampaignId campaign = 0;
    CustomerId invited = 0;
    CustomerId heldOut = 0;

    EventFixture()
    {
        setNow(QDate(2026, 6, 1));
        for (int i = 0; i < 10; ++i)
            customer();
        CampaignDraft d;
        d.name = QStringLiteral("会员日");
        d.kind = CampaignKind::MemberDay;
        d.firstDay = QDate(2026, 6, 10);
        d.lastDay = QDate(2026, 6, 11);
        d.holdoutPercent = 30;
        d.seed = 11;
        campaign = *t.store().campaigns().create(d).value;
        const QList<CampaignMember> members = *t.store().campaigns().members(campaign).value;
        for (const CampaignMember &m : members)
            (m.group == CampaignGroup::Invited ? invited : heldOut) = m.customer;
        REQUIRE(invited != 0);
        REQUIRE(heldOut != 0);
    }
    CampaignResponses &responses() { return t.store().campaignResponses(); }
};

} // namespace

TEST_CASE("RSVPs and attendance: invited members only, attendance on the campaign's days, twice changes "
          "nothing",
    "[campaign][rsvp]")
{
    EventFixture f;
    CHECK(f.responses().invitations(f.invited).value->size() == 1);
    CHECK(f.responses().invitations(f.heldOut).value->isEmpty());

    const CampaignResult<CampaignMember> yes = f.responses().answer(f.campaign, f.invited, true);
    REQUIRE(yes.ok());
    CHECK(yes.value->rsvp == true);
    CHECK(f.responses().answer(f.campaign, f.invited, true).ok()); // again: the same, not audited again

    const CampaignResult<CampaignMember> holdout = f.responses().answer(f.campaign, f.heldOut, true);
    CHECK(holdout.badInput);
    CHECK(holdout.error.contains(QStringLiteral("held out")));
    CHECK(f.responses().attended(f.campaign, f.heldOut).badInput);

    const CampaignResult<CampaignMember> early = f.responses().attended(f.campaign, f.invited);
    CHECK(early.badInput);
    CHECK(early.error.contains(QStringLiteral("attendance is recorded on those days only")));

    f.setNow(QDate(2026, 6, 10));
    const CampaignResult<CampaignMember> came = f.responses().attended(f.campaign, f.invited);
    REQUIRE(came.ok());
    CHECK(came.value->attendedAt.date() == QDate(2026, 6, 10));
    f.setNow(QDate(2026, 6, 11));
    CHECK(f.responses().attended(f.campaign, f.invited).value->attendedAt.date() == QDate(2026, 6, 10));

    f.setNow(QDate(2026, 6, 12));
    CHECK(f.responses().attended(f.campaign, f.invited).badInput); // over
    CHECK(f.responses().answer(f.campaign, f.invited, false).badInput);
    CHECK(f.responses().invitations(f.invited).value->isEmpty());

    AuditFilter filter;
    filter.action = AuditAction::CampaignResponse;
    CHECK(f.t.store().auditTrail().count(filter) == 2); // the answer and the coming, once each

    const CampaignEffect effect = *f.t.store().campaigns().effect(f.campaign).value;
    CHECK(effect.event);
    CHECK(effect.invited.rsvpYes == 1);
    CHECK(effect.invited.attended == 1);
    CHECK(effect.holdout.attended == 0);
}

TEST_CASE("the monthly report lists the campaigns that ran in the month", "[campaign][reports]")
{
    EventFixture f;
    f.setNow(QDate(2026, 6, 10));
    REQUIRE(f.responses().attended(f.campaign, f.invited).ok());
    const ReportSet june = *f.t.store().reports().all(ReportPeriod::month(2026, 6)).value;
    REQUIRE(june.campaigns.size() == 1);
    CHECK(june.campaigns.first().campaign.id == f.campaign);
    CHECK(june.campaigns.first().effect.invited.attended == 1);
    CHECK(f.t.store().reports().all(ReportPeriod::month(2026, 5)).value->campaigns.isEmpty());
}
