#include "core/member_card_number.h"
#include "services/counter_search.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/member_cards.h"
#include "support/temp_store.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

CustomerId add(TempStore &t, const char16_t *name, const char *phone)
{
    CustomerArchive archive;
    archive.customer.name = QString::fromUtf16(name);
    archive.phoneText = QLatin1String(phone);
    const SaveResult result = t.store().customers().save(archive);
    REQUIRE(result.ok());
    return *result.id;
}

QString cardOf(TempStore &t, CustomerId id)
{
    const auto loaded = t.store().customers().load(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value->has_value());
    return (*loaded.value)->customer.cardNo;
}

QString problemWith(const char16_t *typed)
{
    return MemberCardNumber::problem(MemberCardNumber::normalised(QString::fromUtf16(typed)));
}

} // namespace

TEST_CASE(
    "a card number is 6 to 16 letters or digits; a scanner's spaces and dashes are dropped", "[core][cards]")
{
    CHECK(MemberCardNumber::normalised(QStringLiteral(" 8800-1234 ")) == QStringLiteral("88001234"));
    CHECK(MemberCardNumber::normalised(QStringLiteral("vip 0042a")) == QStringLiteral("VIP0042A"));
    CHECK(
        MemberCardNumber::normalised(QString::fromUtf16(u"ＡＴ１２３４５６")) == QStringLiteral("AT123456"));
    CHECK(problemWith(u"880012").isEmpty());
    CHECK(problemWith(u"ABCDEFGHIJ123456").isEmpty());

    const QString five = problemWith(u"88012");
    CHECK(five.startsWith(QStringLiteral("Card number:")));
    CHECK(five.contains(QStringLiteral("5")));
    const QString seventeen = problemWith(u"ABCDEFGHIJ1234567");
    CHECK(seventeen.startsWith(QStringLiteral("Card number:")));
    CHECK(seventeen.contains(QStringLiteral("17")));
    const QString dot = problemWith(u"8800.1234");
    CHECK(dot.startsWith(QStringLiteral("Card number:")));
    CHECK(dot.contains(QStringLiteral("“.”")));
    CHECK_FALSE(problemWith(u"8800/1234").isEmpty());
    CHECK_FALSE(problemWith(u"会员88001234").isEmpty());
    CHECK_FALSE(problemWith(u"").isEmpty());
}

TEST_CASE("a generated card number carries a check digit that catches a typo", "[core][cards]")
{
    const QString number = MemberCardNumber::generated(12345678);
    CHECK(number == QStringLiteral("AT123456782"));
    CHECK(MemberCardNumber::hasGeneratedShape(number));
    CHECK(MemberCardNumber::problem(number).isEmpty());
    CHECK(MemberCardNumber::generated(42).startsWith(QStringLiteral("AT00000042")));
    // One digit wrong, and two neighbours swapped: both refused as not the store's number.
    CHECK_FALSE(MemberCardNumber::problem(QStringLiteral("AT123456882")).isEmpty());
    CHECK_FALSE(MemberCardNumber::problem(QStringLiteral("AT123465782")).isEmpty());
    // An older card's number of another shape has no check digit to fit.
    CHECK(MemberCardNumber::problem(QStringLiteral("AT1234")).isEmpty());
}

TEST_CASE("a card number is unique: a duplicate is refused naming the holder with a masked phone",
    "[services][cards]")
{
    TempStore t;
    const CustomerId zhang = add(t, u"张丽", "13812341234");
    const CustomerId wang = add(t, u"王芳", "13955556666");
    MemberCards &cards = t.store().memberCards();

    const CardNumberResult given = cards.set(zhang, QStringLiteral("8800-1234"));
    REQUIRE(given.ok());
    CHECK(given.cardNo == QStringLiteral("88001234"));
    CHECK(cardOf(t, zhang) == QStringLiteral("88001234"));

    const CardNumberResult twice = cards.set(wang, QStringLiteral("88001234"));
    CHECK_FALSE(twice.ok());
    CHECK(twice.error == QString::fromUtf16(u"Card 88001234 already belongs to 张丽 (138****1234)."));
    CHECK(cardOf(t, wang).isEmpty());
    // Her own number again is no change; bad input loses nothing.
    CHECK(cards.set(zhang, QStringLiteral("88001234")).ok());
    CHECK_FALSE(cards.set(zhang, QStringLiteral("8800.1234")).ok());
    CHECK(cardOf(t, zhang) == QStringLiteral("88001234"));

    // The archive editor's save asks the same.
    auto archive = t.store().customers().load(wang);
    REQUIRE(archive.ok());
    CustomerArchive edited = **archive.value;
    edited.customer.cardNo = QStringLiteral("8800 1234");
    const SaveResult saved = t.store().customers().save(edited);
    CHECK_FALSE(saved.ok());
    REQUIRE(saved.errors.size() == 1);
    CHECK(saved.errors.first().field == QStringLiteral("cardNo"));
    CHECK(saved.errors.first().message.contains(QString::fromUtf16(u"张丽 (138****1234)")));
    edited.customer.cardNo = QStringLiteral("vip-0042");
    REQUIRE(t.store().customers().save(edited).ok());
    CHECK(cardOf(t, wang) == QStringLiteral("VIP0042"));

    REQUIRE(cards.clear(zhang).ok());
    CHECK(cardOf(t, zhang).isEmpty());
    CHECK(cards.set(wang, QStringLiteral("88001234")).ok()); // free again
}

TEST_CASE("generated card numbers are unique: a draw that collides is drawn again", "[services][cards]")
{
    TempStore t;
    const CustomerId first = add(t, u"张丽", "13812341234");
    const CustomerId second = add(t, u"王芳", "13955556666");
    // Two services with the same seed draw the same numbers: the second's first draw is taken.
    MemberCards one(t.store().database(), t.clock(), 7);
    MemberCards other(t.store().database(), t.clock(), 7);
    const CardNumberResult a = one.generate(first);
    REQUIRE(a.ok());
    CHECK(MemberCardNumber::hasGeneratedShape(a.cardNo));
    CHECK(MemberCardNumber::problem(a.cardNo).isEmpty());
    const CardNumberResult b = other.generate(second);
    REQUIRE(b.ok());
    CHECK(b.cardNo != a.cardNo);
    CHECK(cardOf(t, second) == b.cardNo);

    QList<CustomerId> many;
    for (int i = 0; i < 60; ++i)
        many << add(
            t, u"顾客", QStringLiteral("1370000%1").arg(i, 4, 10, QLatin1Char('0')).toLatin1().constData());
    int given = 0;
    REQUIRE(one.numberAll(many + QList<CustomerId>{first}, &given).ok());
    CHECK(given == 60); // she had one already
    QSet<QString> numbers{a.cardNo, b.cardNo};
    for (const CustomerId id : many)
        numbers.insert(cardOf(t, id));
    CHECK(numbers.size() == 62);
}

TEST_CASE("a card number found by the counter search ranks before a phone ending in the same digits",
    "[services][cards][search]")
{
    TempStore t;
    const CustomerId phoneEnd = add(t, u"李娜", "13988001234"); // ends in the card's digits
    const CustomerId holder = add(t, u"张丽", "13812340000");
    REQUIRE(t.store().memberCards().set(holder, QStringLiteral("88001234")).ok());

    for (const QString &typed : {QStringLiteral("88001234"), QStringLiteral("8800-1234 ")}) {
        const QList<CounterMatch> matches = t.store().counterSearch().find(typed);
        REQUIRE(matches.size() >= 2);
        CHECK(matches.at(0).customer.id == holder);
        CHECK(matches.at(0).reason == CounterMatch::Reason::CardNumber);
        CHECK(matches.at(1).customer.id == phoneEnd);
    }
    REQUIRE(t.store().memberCards().set(holder, QStringLiteral("vip0042")).ok());
    const QList<CounterMatch> letters = t.store().counterSearch().find(QStringLiteral("VIP0042"));
    REQUIRE(letters.size() == 1);
    CHECK(letters.first().customer.id == holder);
}

TEST_CASE("a merge keeps the survivor's card number or takes the absorbed one's; erasure clears it",
    "[services][cards]")
{
    TempStore t;
    const CustomerId survivor = add(t, u"张丽", "13812341234");
    const CustomerId absorbed = add(t, u"张丽", "13955556666");
    REQUIRE(t.store().memberCards().set(absorbed, QStringLiteral("OLD12345")).ok());
    REQUIRE(t.store().merge().merge(survivor, absorbed).ok());
    CHECK(cardOf(t, survivor) == QStringLiteral("OLD12345"));
    const QList<CounterMatch> found = t.store().counterSearch().find(QStringLiteral("OLD12345"));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().customer.id == survivor);

    const CustomerId third = add(t, u"张丽", "13700001111");
    REQUIRE(t.store().memberCards().set(third, QStringLiteral("NEW12345")).ok());
    REQUIRE(t.store().merge().merge(survivor, third).ok());
    CHECK(cardOf(t, survivor) == QStringLiteral("OLD12345"));
    CHECK(t.store().counterSearch().find(QStringLiteral("NEW12345")).isEmpty());

    REQUIRE(t.store().erasure().erase(survivor).ok());
    CHECK(cardOf(t, survivor).isEmpty());
    CHECK(t.store().counterSearch().find(QStringLiteral("OLD12345")).isEmpty());
}

TEST_CASE("undoing a merge gives the absorbed customer her card number back, unless another holds it now",
    "[services][cards]")
{
    TempStore t;
    MemberCards &cards = t.store().memberCards();
    const CustomerId survivor = add(t, u"张丽", "13812341234");
    const CustomerId absorbed = add(t, u"张丽", "13955556666");
    const CustomerId other = add(t, u"王芳", "13700001111"); // before the merges: ids are reused
    REQUIRE(cards.set(absorbed, QStringLiteral("OLD12345")).ok());
    const MergeResult taken = t.store().merge().merge(survivor, absorbed);
    REQUIRE(taken.ok());
    REQUIRE(t.store().merge().undo(*taken.mergeId).ok());
    CHECK(cardOf(t, survivor).isEmpty());
    CHECK(cardOf(t, absorbed) == QStringLiteral("OLD12345"));

    // The survivor kept her own; the absorbed one's number was given to somebody else since.
    REQUIRE(cards.set(survivor, QStringLiteral("MINE1234")).ok());
    const MergeResult kept = t.store().merge().merge(survivor, absorbed);
    REQUIRE(kept.ok());
    REQUIRE(cards.set(other, QStringLiteral("OLD12345")).ok());
    const UndoResult refused = t.store().merge().undo(*kept.mergeId);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("OLD12345")));
    REQUIRE(cards.clear(other).ok());
    REQUIRE(t.store().merge().undo(*kept.mergeId).ok());
    CHECK(cardOf(t, survivor) == QStringLiteral("MINE1234"));
    CHECK(cardOf(t, absorbed) == QStringLiteral("OLD12345"));
}
