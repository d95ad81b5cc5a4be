#include "core/display_format.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace atelier;

namespace {

// The app sets the UI language as the default locale; each test does the same and puts it back.
class UiLanguage
{
public:
    explicit UiLanguage(QLocale::Language language)
    {
        QLocale::setDefault(language == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~UiLanguage() { QLocale::setDefault(m_before); }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

private:
    QLocale m_before;
};

} // namespace

TEST_CASE("display format: dates are yyyy-MM-dd in both languages", "[core][display_format]")
{
    for (QLocale::Language language : {QLocale::Chinese, QLocale::English}) {
        UiLanguage ui(language);
        CHECK(DisplayFormat::date(QDate(2026, 6, 5)) == QStringLiteral("2026-06-05"));
        CHECK(DisplayFormat::date(QDate()).isEmpty());
        CHECK(DisplayFormat::dateTime(QDateTime(QDate(2026, 6, 15), QTime(9, 5)))
            == QStringLiteral("2026-06-15 09:05"));
    }
}

TEST_CASE("display format: months and days in a sentence follow the UI language", "[core][display_format]")
{
    {
        UiLanguage ui(QLocale::Chinese);
        CHECK(DisplayFormat::month(2026, 5) == QStringLiteral("2026年5月"));
        CHECK(DisplayFormat::month(2026, 12) == QStringLiteral("2026年12月"));
        CHECK(DisplayFormat::dayInSentence(QDate(2026, 6, 12)) == QStringLiteral("6月12日"));
        CHECK(DisplayFormat::dayHeading(QDate(2026, 6, 18)) == QStringLiteral("6月18日 星期四"));
    }
    {
        UiLanguage ui(QLocale::English);
        CHECK(DisplayFormat::month(2026, 5) == QStringLiteral("May 2026"));
        CHECK(DisplayFormat::dayInSentence(QDate(2026, 6, 12)) == QStringLiteral("12 June"));
        CHECK(DisplayFormat::dayHeading(QDate(2026, 6, 18)) == QStringLiteral("Thursday 18 June"));
    }
    CHECK(DisplayFormat::month(2026, 13).isEmpty());
    CHECK(DisplayFormat::dayInSentence(QDate()).isEmpty());
}

TEST_CASE("display format: amounts with fen, thresholds in whole yuan", "[core][display_format]")
{
    for (QLocale::Language language : {QLocale::Chinese, QLocale::English}) {
        UiLanguage ui(language);
        CHECK(DisplayFormat::amount(Money::fromFen(491900)) == QStringLiteral("¥4,919.00"));
        CHECK(DisplayFormat::amount(Money::fromFen(-1250)) == QStringLiteral("-¥12.50"));
        CHECK(DisplayFormat::threshold(Money::fromYuan(5000)) == QStringLiteral("¥5,000"));
        CHECK(DisplayFormat::threshold(Money::fromYuan(0)) == QStringLiteral("¥0"));
        // A threshold with fen keeps them rather than hide a difference that decides a tier.
        CHECK(DisplayFormat::threshold(Money::fromFen(499950)) == QStringLiteral("¥4,999.50"));
    }
}

TEST_CASE("display format: file sizes in KB and MB, never KiB", "[core][display_format]")
{
    for (QLocale::Language language : {QLocale::Chinese, QLocale::English}) {
        UiLanguage ui(language);
        CHECK(DisplayFormat::fileSize(420 * 1024) == QStringLiteral("420 KB"));
        CHECK(DisplayFormat::fileSize(420 * 1024 + 1) == QStringLiteral("421 KB"));
        CHECK(DisplayFormat::fileSize(1) == QStringLiteral("1 KB"));
        CHECK(DisplayFormat::fileSize(0) == QStringLiteral("0 KB"));
        CHECK(DisplayFormat::fileSize(qint64(1.2 * 1024 * 1024)) == QStringLiteral("1.2 MB"));
        CHECK(DisplayFormat::fileSize(qint64(2.5 * 1024 * 1024 * 1024)) == QStringLiteral("2.5 GB"));
        CHECK_FALSE(DisplayFormat::fileSize(420 * 1024).contains(QStringLiteral("KiB")));
    }
}

TEST_CASE(
    "display format: lists are joined with 、 in Chinese and commas in English", "[core][display_format]")
{
    const QStringList tags = {QStringLiteral("法式"), QStringLiteral("通勤"), QStringLiteral("棉麻")};
    {
        UiLanguage ui(QLocale::Chinese);
        CHECK(DisplayFormat::list(tags) == QStringLiteral("法式、通勤、棉麻"));
        CHECK(DisplayFormat::clauses({QStringLiteral("等级：金卡"), QStringLiteral("分群：活跃")})
            == QStringLiteral("等级：金卡；分群：活跃"));
    }
    {
        UiLanguage ui(QLocale::English);
        CHECK(DisplayFormat::list({QStringLiteral("French"), QStringLiteral("linen")})
            == QStringLiteral("French, linen"));
        CHECK(DisplayFormat::clauses({QStringLiteral("Tier: Gold"), QStringLiteral("Segment: Active")})
            == QStringLiteral("Tier: Gold; Segment: Active"));
    }
    CHECK(DisplayFormat::list({}).isEmpty());
}
