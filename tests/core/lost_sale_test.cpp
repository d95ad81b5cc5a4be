#include "core/lost_sale.h"
#include "core/stored_words.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("Lost sale reasons have stable codes", "[core][lost_sales]")
{
    for (LostSaleReason reason : LostSale::reasons()) {
        CHECK(lostSaleReasonFromCode(lostSaleReasonCode(reason)) == reason);
        CHECK_FALSE(LostSale::reasonLabel(reason).isEmpty());
    }
    CHECK(LostSale::reasonCodesText() == QStringLiteral("size_out_of_stock, price, fit, colour, other"));
    CHECK_FALSE(lostSaleReasonFromCode(QStringLiteral("cheap")));
    CHECK_FALSE(lostSaleReasonFromCode(QStringLiteral("Price")));
}

TEST_CASE("A lost sale needs a style number or a category, each within its length", "[core][lost_sales]")
{
    LostSale sale;
    sale.size = QStringLiteral("M");
    REQUIRE(sale.check());
    CHECK(sale.check()->field == QStringLiteral("wanted"));
    sale.category = QStringLiteral("  ");
    CHECK(sale.check()->field == QStringLiteral("wanted"));
    sale.category = QStringLiteral("连衣裙");
    CHECK_FALSE(sale.check());
    sale.styleNumber = QString(41, u'A');
    CHECK(sale.check()->field == QStringLiteral("style_no"));
    sale.styleNumber = QStringLiteral(" ") + QString(40, u'A') + QStringLiteral(" "); // trimmed first
    CHECK_FALSE(sale.check());
    sale.size = QString(21, u'X');
    CHECK(sale.check()->field == QStringLiteral("size"));
}

TEST_CASE("Lost sales are stored trimmed, style number and size in upper case", "[core][lost_sales]")
{
    LostSale sale;
    sale.styleNumber = QStringLiteral(" 2601-blk ");
    sale.category = QStringLiteral(" 连衣裙 ");
    sale.size = QStringLiteral(" m");
    sale.colour = QStringLiteral(" Black ");
    const LostSale stored = sale.normalised();
    CHECK(stored.styleNumber == QStringLiteral("2601-BLK"));
    CHECK(stored.category == QStringLiteral("连衣裙"));
    CHECK(stored.size == QStringLiteral("M"));
    CHECK(stored.colour == QStringLiteral("Black"));
    CHECK(stored.wanted() == QStringLiteral("2601-BLK"));

    const Arrival byCategory = Arrival{{}, QStringLiteral(" 连衣裙 "), QStringLiteral("l")}.normalised();
    CHECK(byCategory.category == QStringLiteral("连衣裙"));
    CHECK(byCategory.size == QStringLiteral("L"));
    CHECK_FALSE(Arrival{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("M")}.isValid());
}

TEST_CASE("The report's order: count, then style, size, reason", "[core][lost_sales]")
{
    QList<LostSaleCount> rows{{QStringLiteral("B"), false, QStringLiteral("M"), LostSaleReason::Price, 1, 1},
        {QStringLiteral("A"), false, QStringLiteral("S"), LostSaleReason::Fit, 1, 0},
        {QStringLiteral("A"), false, QStringLiteral("S"), LostSaleReason::Colour, 1, 0},
        {QStringLiteral("Z"), false, QString(), LostSaleReason::SizeOutOfStock, 5, 5}};
    sortLostSaleCounts(rows);
    CHECK(rows.at(0).wanted == QStringLiteral("Z"));
    CHECK(rows.at(1).reason == LostSaleReason::Colour);
    CHECK(rows.at(2).reason == LostSaleReason::Fit);
    CHECK(rows.at(3).wanted == QStringLiteral("B"));
}

TEST_CASE("An arrival task's note is stored as words", "[core][lost_sales]")
{
    const StoredWords words
        = StoredWords::arrival(QStringLiteral("2601-BLK"), QStringLiteral("M"), QDate(2026, 5, 3));
    CHECK(words.kind == QStringLiteral("arrival"));
    CHECK(words.args
        == QStringList{QStringLiteral("2601-BLK"), QStringLiteral("M"), QStringLiteral("2026-05-03")});
    CHECK(words.rendered().startsWith(QStringLiteral("It's in: 2601-BLK size M, which she asked for on ")));
    const StoredWords anySize = StoredWords::arrival(QStringLiteral("连衣裙"), QString(), QDate(2026, 5, 3));
    CHECK(anySize.rendered().startsWith(QStringLiteral("It's in: 连衣裙, which she asked for on ")));
    // Arguments that do not fit the kind fall back to the words as written.
    const StoredWords broken{
        QStringLiteral("arrival"), {QString(), QString(), QStringLiteral("x")}, QStringLiteral("kept")};
    CHECK(broken.rendered() == QStringLiteral("kept"));
}
