#include "core/archive_completeness.h"
#include "core/customer_rules.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

Customer valid()
{
    Customer c;
    c.name = QStringLiteral("张三");
    c.phone = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("13800138000")));
    return c;
}

bool hasError(const QList<FieldError> &errors, const char *field)
{
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String(field))
            return !e.message.isEmpty();
    }
    return false;
}

const QDate today(2026, 6, 15);

} // namespace

TEST_CASE("name and phone are all a customer needs", "[core][rules]")
{
    Customer c = valid();
    CHECK(CustomerRules::normaliseAndCheck(c, today).isEmpty());
}

TEST_CASE("bad names are refused with a message", "[core][rules]")
{
    for (const QString &name :
        {QString(), QStringLiteral("   "), QString(500, u'长'), QStringLiteral("张三😀"),
            QStringLiteral("x'); DROP TABLE customers;--"), QStringLiteral("Anna<script>")}) {
        Customer c = valid();
        c.name = name;
        INFO(name.toStdString());
        CHECK(hasError(CustomerRules::normaliseAndCheck(c, today), "name"));
    }
    for (const QString &name :
        {QStringLiteral("阿依古丽·买买提"), QStringLiteral("O'Neil"), QStringLiteral("Jean-Luc Picard")}) {
        Customer c = valid();
        c.name = name;
        CHECK(CustomerRules::normaliseAndCheck(c, today).isEmpty());
    }
}

TEST_CASE("text fields are trimmed and limited, free text may hold anything", "[core][rules]")
{
    Customer c = valid();
    c.notes = QStringLiteral("  likes 😀 and \"quotes\", '; DROP TABLE x; --  ");
    CHECK(CustomerRules::normaliseAndCheck(c, today).isEmpty());
    CHECK(c.notes == QStringLiteral("likes 😀 and \"quotes\", '; DROP TABLE x; --"));
    c.address = QString(3000, u'路');
    CHECK(hasError(CustomerRules::normaliseAndCheck(c, today), "address"));
}

TEST_CASE("email, birthday and birth year are checked", "[core][rules]")
{
    Customer c = valid();
    c.email = QStringLiteral("not-an-email");
    c.birthday = QDate(2030, 1, 1);
    c.birthYear = 1800;
    const auto errors = CustomerRules::normaliseAndCheck(c, today);
    CHECK(hasError(errors, "email"));
    CHECK(hasError(errors, "birthday"));
    CHECK(hasError(errors, "birthYear"));
}

TEST_CASE("birthday, birth year and address need the archive consent", "[core][rules][consent]")
{
    Customer c = valid();
    c.birthday = QDate(1990, 6, 18);
    c.birthYear = 1990;
    c.address = QStringLiteral(" 杭州市文三路 8 号 ");
    // A new customer without consent: each is refused by name; soft facts are not under the rule.
    c.hobbies = QStringLiteral("yoga");
    auto problems = CustomerRules::checkConsent(c, nullptr);
    CHECK(problems.size() == 3);
    CHECK(hasError(problems, "birthday"));
    CHECK(hasError(problems, "birthYear"));
    CHECK(hasError(problems, "address"));
    CHECK(CustomerRules::heldWithoutConsent(c));

    // What her saved archive already holds as it is stays (from before the rule, or withdrawn).
    Customer stored = c;
    stored.address = stored.address.trimmed();
    CHECK(CustomerRules::checkConsent(c, &stored).isEmpty());
    c.birthday = QDate(1990, 6, 19);
    problems = CustomerRules::checkConsent(c, &stored);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("birthday"));

    c.consentProfile = true;
    CHECK(CustomerRules::checkConsent(c, nullptr).isEmpty());
    CHECK_FALSE(CustomerRules::heldWithoutConsent(c));

    c.consentProfile = false;
    CustomerRules::clearConsentFields(c);
    CHECK_FALSE(c.birthday);
    CHECK_FALSE(c.birthYear);
    CHECK(c.address.isEmpty());
    CHECK(c.hobbies == QStringLiteral("yoga"));
    CHECK_FALSE(CustomerRules::heldWithoutConsent(c));
}

TEST_CASE("birthdays within the next days, across the new year and on 29 February", "[core][rules]")
{
    CHECK(CustomerRules::birthdayWithin(QDate(1990, 6, 20), today, 7));
    CHECK(CustomerRules::birthdayWithin(QDate(1990, 6, 15), today, 7));
    CHECK_FALSE(CustomerRules::birthdayWithin(QDate(1990, 6, 23), today, 7));
    CHECK_FALSE(CustomerRules::birthdayWithin(QDate(1990, 6, 14), today, 7));
    CHECK(CustomerRules::birthdayWithin(QDate(1990, 1, 2), QDate(2026, 12, 30), 7));
    CHECK(CustomerRules::birthdayWithin(QDate(1992, 2, 29), QDate(2027, 2, 25), 7));
}

TEST_CASE("archive completeness rewards soft facts and reaches 100", "[core][completeness]")
{
    Customer c = valid();
    const int bare = ArchiveCompleteness::score(c, {});
    CHECK(bare == 10);
    c.dressPreferences = QStringLiteral("喜欢法式连衣裙");
    CHECK(ArchiveCompleteness::score(c, {}) == bare + 6);

    Customer full = valid();
    full.gender = Gender::Female;
    full.birthday = QDate(1990, 1, 1);
    full.wechatId = full.address = full.email = full.ethnicity = QStringLiteral("x");
    full.sizeTop = full.sizeBottom = full.sizeShoe = full.occupation = QStringLiteral("x");
    full.bodyType = BodyType::Regular;
    full.workAndFamily = full.personality = full.consumptionHabits = full.dressPreferences
        = QStringLiteral("x");
    full.hobbies = full.lifestyle = full.serviceStyle = full.values = full.notes = QStringLiteral("x");
    full.preferredChannel = ContactChannel::WeChat;
    full.promotionReceptiveness = PromotionReceptiveness::Welcomes;
    CHECK(ArchiveCompleteness::score(full, {3, 1}) == 100);
}
