#include "services/audit_trail.h"
#include "services/benefit_service.h"
#include "services/change_notifier.h"
#include "services/customer_service.h"
#include "services/loyalty_settings.h"
#include "storage/benefit_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

// Today is 2026-06-15 (TempStore); birthdays on 18 June fall in the 7-day greeting window.
struct Fixture
{
    TempStore t;
    CustomerId member = 0;
    CustomerId silver = 0;
    CustomerId gold = 0;
    CustomerId black = 0;

    Fixture()
    {
        member = customer("张会员", "13700000001", Tier::None, QDate(1990, 6, 18));
        silver = customer("李白银", "13700000002", Tier::Silver, QDate(1991, 6, 18));
        gold = customer("王黄金", "13700000003", Tier::Gold, QDate());
        black = customer("赵黑卡", "13700000004", Tier::Black, QDate(1985, 6, 18));
    }

    CustomerId customer(const char *name, const char *phone, Tier tier, const QDate &birthday)
    {
        CustomerArchive archive;
        archive.customer.name = QString::fromUtf8(name);
        archive.phoneText = QLatin1String(phone);
        if (birthday.isValid()) {
            archive.customer.birthday = birthday;
            archive.customer.consentProfile = true;
        }
        const SaveResult saved = t.store().customers().save(archive);
        QString why = saved.message;
        for (const FieldError &e : saved.errors)
            why += e.field + u':' + e.message;
        INFO(why.toStdString());
        REQUIRE(saved.ok());
        if (tier != Tier::None)
            TierRepository(db()).set(*saved.id, TierState{tier, QDate(2026, 1, 10)});
        return *saved.id;
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    BenefitService &benefits() { return t.store().benefits(); }

    QList<CardBenefit> card(CustomerId c) { return readValue(benefits().benefitsFor(c)).benefits; }
    std::optional<CardBenefit> line(CustomerId c, BenefitKind kind)
    {
        for (const CardBenefit &l : card(c))
            if (l.benefit.kind == kind)
                return l;
        return std::nullopt;
    }
    BenefitId seeded(BenefitKind kind)
    {
        for (const TierBenefit &b : readValue(benefits().list()))
            if (b.kind == kind)
                return b.id;
        FAIL("no seeded benefit");
        return 0;
    }
    int nightly(const QDate &asOf)
    {
        Database &database = t.store().database();
        ActingAs nightly(database, AuditActor::system(QStringLiteral("nightly")));
        Transaction transaction(db(), Transaction::Mode::Immediate);
        const int issued = BenefitService::issueNightlyCoupons(database, t.clock(), asOf, 1);
        transaction.commit();
        return issued;
    }
    QList<AuditEntry> audit(AuditAction action)
    {
        AuditFilter filter;
        filter.action = action;
        return t.store().auditTrail().entries(filter, 100);
    }
};

QList<BenefitKind> kinds(const QList<CardBenefit> &lines)
{
    QList<BenefitKind> found;
    for (const CardBenefit &l : lines)
        found << l.benefit.kind;
    return found;
}

} // namespace

TEST_CASE("Each benefit kind is on the card of its tier and the tiers above", "[services][benefits]")
{
    Fixture f;
    CHECK(f.card(f.member).isEmpty());

    const QList<BenefitKind> silver = kinds(f.card(f.silver));
    CHECK(silver == QList<BenefitKind>{BenefitKind::PointsRedemption, BenefitKind::BirthdayCoupon});

    const QList<BenefitKind> gold = kinds(f.card(f.gold));
    CHECK(gold
        == QList<BenefitKind>{BenefitKind::PointsMultiplier, BenefitKind::PointsRedemption,
            BenefitKind::BirthdayCoupon, BenefitKind::NewArrivalsFirst, BenefitKind::Alterations});

    const QList<BenefitKind> black = kinds(f.card(f.black));
    CHECK(black
        == QList<BenefitKind>{BenefitKind::PointsMultiplier, BenefitKind::PointsRedemption,
            BenefitKind::BirthdayCoupon, BenefitKind::NewArrivalsFirst, BenefitKind::Alterations,
            BenefitKind::PersonalStylist, BenefitKind::GiftBox, BenefitKind::ShowInvitation});
    CHECK(f.line(f.black, BenefitKind::PersonalStylist)->status.contains(QStringLiteral("No stylist")));
    CHECK(f.line(f.black, BenefitKind::GiftBox)->unusedThisYear);
    CHECK_FALSE(f.line(f.black, BenefitKind::GiftBox)->recordable); // the nightly run issues it
    CHECK(f.line(f.gold, BenefitKind::Alterations)->recordable);
}

TEST_CASE("The card's points lines follow the points rules", "[services][benefits]")
{
    Fixture f;
    CHECK(f.line(f.gold, BenefitKind::PointsMultiplier)->benefit.words().contains(QStringLiteral("×2")));
    LoyaltyRules rules = LoyaltySettings(f.t.store().database()).rules();
    rules.points.goldPercent = 250;
    rules.points.redeemPoints = 200;
    REQUIRE(LoyaltySettings(f.t.store().database()).save(rules).ok());
    CHECK(f.line(f.gold, BenefitKind::PointsMultiplier)->benefit.words().contains(QStringLiteral("×2.5")));
    CHECK(f.line(f.silver, BenefitKind::PointsRedemption)
              ->benefit.words()
              .contains(QStringLiteral("200 points")));
    // Nothing of it is stored as a benefit.
    CHECK(BenefitRepository(f.db()).all(true).size() == 6);
}

TEST_CASE(
    "A use is recorded, audited, and a second one in the period refused with the day", "[services][benefits]")
{
    Fixture f;
    const BenefitId ironing = f.seeded(BenefitKind::Alterations);
    REQUIRE(f.benefits().recordUse(f.gold, ironing, QStringLiteral("hem")).ok());
    CHECK(f.line(f.gold, BenefitKind::Alterations)->usedInPeriodOn == QDate(2026, 6, 15));
    CHECK(f.line(f.gold, BenefitKind::Alterations)->status.contains(QStringLiteral("today")));

    // A second window a moment later: the UNIQUE key refuses it, naming the first use's day.
    const WriteResult again = f.benefits().recordUse(f.gold, ironing);
    CHECK_FALSE(again.ok());
    CHECK(again.error == BenefitService::alreadyUsedText(QDate(2026, 6, 15)));
    CHECK(again.error.contains(QStringLiteral("2026-06-15")));

    // Per visit: the next day is another visit.
    f.t.clock().advanceDays(1);
    CHECK(f.benefits().recordUse(f.gold, ironing).ok());

    const QList<AuditEntry> used = f.audit(AuditAction::BenefitUsed);
    REQUIRE(used.size() == 2);
    CHECK(used.first().customerId == f.gold);
    CHECK(AuditTrail::describe(used.first()).contains(QStringLiteral("Free ironing and alterations")));

    // Silver does not have Gold's perk.
    CHECK_FALSE(f.benefits().recordUse(f.silver, ironing).ok());
}

TEST_CASE(
    "An 'always' benefit is never refused; a yearly one is refused until New Year", "[services][benefits]")
{
    Fixture f;
    const BenefitId newArrivals = f.seeded(BenefitKind::NewArrivalsFirst);
    CHECK(f.benefits().recordUse(f.gold, newArrivals).ok());
    CHECK(f.benefits().recordUse(f.gold, newArrivals).ok());
    CHECK(f.benefits().recordUse(f.gold, newArrivals).ok());

    TierBenefit tea;
    tea.tier = Tier::Gold;
    tea.kind = BenefitKind::Other;
    tea.wordsZh = QStringLiteral("年度下午茶");
    tea.wordsEn = QStringLiteral("Afternoon tea once a year");
    tea.period = BenefitPeriod::Yearly;
    const BenefitSaveResult saved = f.benefits().save(tea);
    REQUIRE(saved.ok());
    CHECK(f.audit(AuditAction::BenefitsChanged).size() == 1);

    REQUIRE(f.benefits().recordUse(f.gold, saved.benefit->id).ok());
    f.t.clock().set(QDateTime(QDate(2026, 12, 31), QTime(18, 0), f.t.clock().now().timeZone()));
    const WriteResult refused = f.benefits().recordUse(f.gold, saved.benefit->id);
    CHECK(refused.error == BenefitService::alreadyUsedText(QDate(2026, 6, 15)));
    f.t.clock().advanceDays(1);
    CHECK(f.benefits().recordUse(f.gold, saved.benefit->id).ok());
}

TEST_CASE("The editor refuses a benefit without words, naming the field; clerks may not edit",
    "[services][benefits]")
{
    Fixture f;
    TierBenefit draft;
    draft.tier = Tier::Black;
    draft.kind = BenefitKind::Other;
    draft.wordsEn = QStringLiteral("Parking");
    BenefitSaveResult refused = f.benefits().save(draft);
    CHECK_FALSE(refused.ok());
    CHECK(refused.field == QStringLiteral("words_zh"));

    draft.wordsZh = QStringLiteral("免费停车");
    draft.kind = BenefitKind::GiftBox; // a coupon benefit without its coupon
    refused = f.benefits().save(draft);
    CHECK(refused.field == QStringLiteral("coupon"));

    draft.kind = BenefitKind::Other;
    f.t.store().database().setRole(Role::Clerk);
    CHECK_FALSE(f.benefits().save(draft).ok());
    CHECK(BenefitRepository(f.db()).all(true).size() == 6);
}

TEST_CASE("A retired benefit keeps its uses; an unused one is deleted", "[services][benefits]")
{
    Fixture f;
    const BenefitId ironing = f.seeded(BenefitKind::Alterations);
    REQUIRE(f.benefits().recordUse(f.gold, ironing).ok());
    REQUIRE(f.benefits().remove(ironing).ok());
    const std::optional<TierBenefit> kept = BenefitRepository(f.db()).find(ironing);
    REQUIRE(kept);
    CHECK(kept->retiredAt);
    CHECK(BenefitRepository(f.db()).usesOfBenefit(ironing).size() == 1);
    CHECK_FALSE(f.line(f.gold, BenefitKind::Alterations).has_value());
    CHECK_FALSE(f.benefits().recordUse(f.gold, ironing).ok());

    const BenefitId show = f.seeded(BenefitKind::ShowInvitation);
    REQUIRE(f.benefits().remove(show).ok());
    CHECK_FALSE(BenefitRepository(f.db()).find(show).has_value());
    CHECK(f.audit(AuditAction::BenefitsChanged).size() == 2);
}

TEST_CASE("The nightly run issues the birthday coupon and the gift box once", "[services][benefits][nightly]")
{
    Fixture f;
    const QDate asOf(2026, 6, 15);
    // Silver and Black: birthday coupons (18 June is in the window); Black: the gift box; Gold has no
    // birthday on file: no birthday coupon, and the gift box is Black's. The member gets nothing.
    CHECK(f.nightly(asOf) == 3);
    CouponRepository coupons(f.db());
    const QList<Coupon> silver = coupons.forCustomer(f.silver);
    REQUIRE(silver.size() == 1);
    CHECK(silver[0].reason == CouponReason::Birthday);
    CHECK(silver[0].kind == CouponKind::Percent);
    CHECK(silver[0].value == 20);
    CHECK(silver[0].validFrom == QDate(2026, 6, 16));
    CHECK(silver[0].validTo == QDate(2026, 7, 2)); // the birthday + 14 days
    CHECK(coupons.forCustomer(f.member).isEmpty());
    CHECK(coupons.forCustomer(f.gold).isEmpty());

    const QList<Coupon> black = coupons.forCustomer(f.black);
    REQUIRE(black.size() == 2);
    int gifts = 0;
    for (const Coupon &c : black)
        if (c.reason == CouponReason::Benefit) {
            ++gifts;
            CHECK(c.kind == CouponKind::Gift);
            CHECK(c.validTo == QDate(2026, 8, 14)); // 60 days
        }
    CHECK(gifts == 1);
    // The use row names its coupon; the card says it was issued.
    const QList<BenefitUse> uses = BenefitRepository(f.db()).usesOf(f.silver);
    REQUIRE(uses.size() == 1);
    CHECK(uses[0].couponId == silver[0].id);
    CHECK(uses[0].periodKey == QStringLiteral("2026"));
    CHECK_FALSE(f.line(f.silver, BenefitKind::BirthdayCoupon)->unusedThisYear);

    // The same night again, and the next nights: nothing twice.
    CHECK(f.nightly(asOf) == 0);
    CHECK(f.nightly(asOf.addDays(1)) == 0);
    CHECK(coupons.forCustomer(f.black).size() == 2);
}

TEST_CASE(
    "No birthday coupon for a customer without her archive consent", "[services][benefits][nightly][consent]")
{
    Fixture f;
    // Silver withdrew her consent (the policy keeps her birthday on file); Black's is on file from
    // before the rule, without it.
    CustomerArchive silver = *readValue(f.t.store().customers().load(f.silver));
    silver.customer.consentProfile = false;
    REQUIRE(f.t.store().customers().save(silver).ok());
    REQUIRE(readValue(f.t.store().customers().load(f.silver))->customer.birthday);
    sql::run(f.db(), QStringLiteral("UPDATE customers SET consent_profile = 0 WHERE id = ?"), {f.black});

    // Black's gift box comes anyway, on the first night of the tier in the year (her birthday unused).
    CHECK(f.nightly(QDate(2026, 6, 15)) == 1);
    CouponRepository coupons(f.db());
    CHECK(coupons.forCustomer(f.silver).isEmpty());
    const QList<Coupon> black = coupons.forCustomer(f.black);
    REQUIRE(black.size() == 1);
    CHECK(black[0].reason == CouponReason::Benefit);
}

TEST_CASE("The gift box without a birthday comes the first night of the tier in the year",
    "[services][benefits][nightly]")
{
    Fixture f;
    TierRepository(f.db()).set(f.gold, TierState{Tier::Black, QDate(2026, 6, 14)});
    CHECK(f.nightly(QDate(2026, 6, 15)) == 4); // two birthday coupons, two gift boxes
    const QList<Coupon> gold = CouponRepository(f.db()).forCustomer(f.gold);
    REQUIRE(gold.size() == 1);
    CHECK(gold[0].reason == CouponReason::Benefit);
    CHECK(f.nightly(QDate(2026, 12, 31)) == 0);
    // A new year, a new gift box.
    CHECK(f.nightly(QDate(2027, 1, 1)) == 1);
}

TEST_CASE("The card names the personal stylist chosen on the archive", "[services][benefits]")
{
    Fixture f;
    const StaffId stylist = StaffRepository(f.db()).insert(QStringLiteral("陈思"), false);
    std::optional<CustomerArchive> archive = readValue(f.t.store().customers().load(f.black));
    REQUIRE(archive);
    archive->customer.stylistId = stylist;
    archive->phoneText = archive->customer.phone.digits();
    REQUIRE(f.t.store().customers().save(*archive).ok());
    CHECK(readValue(f.t.store().customers().load(f.black))->customer.stylistId == stylist);
    CHECK(f.line(f.black, BenefitKind::PersonalStylist)->stylistName == QStringLiteral("陈思"));
    CHECK(f.line(f.black, BenefitKind::PersonalStylist)->status.contains(QStringLiteral("陈思")));
    const QList<AuditEntry> changed = f.audit(AuditAction::CustomerChanged);
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(changed.first().details.contains(QStringLiteral("stylist_id")));

    // She leaves: the archive keeps her until someone changes it, but nobody chooses her anew.
    StaffRepository(f.db()).setActive(stylist, false);
    archive = readValue(f.t.store().customers().load(f.black)); // as saved: its version moved on
    REQUIRE(archive);
    archive->phoneText = archive->customer.phone.digits();
    REQUIRE(f.t.store().customers().save(*archive).ok());
    std::optional<CustomerArchive> gold = readValue(f.t.store().customers().load(f.gold));
    gold->customer.stylistId = stylist;
    gold->phoneText = gold->customer.phone.digits();
    const SaveResult refused = f.t.store().customers().save(*gold);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().field == QStringLiteral("stylistId"));
}

TEST_CASE("A recorded use tells every window showing her card", "[services][benefits]")
{
    Fixture f;
    const BenefitId ironing = f.seeded(BenefitKind::Alterations);
    QCoreApplication::sendPostedEvents(); // earlier announcements do not count
    QObject context;
    QList<Change> changes;
    QObject::connect(&ChangeNotifier::instance(), &ChangeNotifier::changed, &context,
        [&changes](const Change &change) { changes.append(change); });
    REQUIRE(f.benefits().recordUse(f.gold, ironing).ok());
    QCoreApplication::sendPostedEvents();
    const auto toHer = std::find_if(changes.cbegin(), changes.cend(),
        [&](const Change &c) { return c.what == Change::What::Customers && c.customers.contains(f.gold); });
    CHECK(toHer != changes.cend());

    // A refused second use announces nothing.
    changes.clear();
    CHECK_FALSE(f.benefits().recordUse(f.gold, ironing).ok());
    QCoreApplication::sendPostedEvents();
    CHECK(changes.isEmpty());
}

TEST_CASE("A gift box removed and added again is not a second box in the same year",
    "[services][benefits][nightly]")
{
    Fixture f;
    TierRepository(f.db()).set(f.gold, TierState{Tier::Black, QDate(2026, 6, 14)});
    REQUIRE(f.nightly(QDate(2026, 6, 15)) > 0);
    const int before = int(CouponRepository(f.db()).forCustomer(f.gold).size());
    REQUIRE(before == 1);

    // The manager removes the used gift box (it is retired) and adds it again: a new benefit.
    const BenefitId box = f.seeded(BenefitKind::GiftBox);
    TierBenefit again = *BenefitRepository(f.db()).find(box);
    REQUIRE(f.benefits().remove(box).ok());
    again.id = 0;
    REQUIRE(f.benefits().save(again).ok());
    CHECK(f.nightly(QDate(2026, 6, 16)) == 0);
    CHECK(CouponRepository(f.db()).forCustomer(f.gold).size() == 1);
    CHECK(f.nightly(QDate(2027, 1, 1)) >= 1); // next year's box comes from the new benefit
}
