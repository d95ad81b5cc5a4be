// The sales import's matching of a till's returns to the lines they undo, in memory (ReturnMatcher),
// and the pool of texts behind it.
#include "storage/return_matcher.h"
#include "storage/text_pool.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("a return undoes the latest line of its style sold to its customer with enough left", "[import]")
{
    ReturnMatcher lines;
    const ReturnMatcher::Sale january = lines.sale(u"7", u"2011-01-01T10:00:00+00:00");
    const ReturnMatcher::Sale march = lines.sale(u"7", u"2011-03-01T10:00:00+00:00");
    const ReturnMatcher::Sale other = lines.sale(u"8", u"2011-02-01T10:00:00+00:00");
    lines.add(january, u"A", 1, 3);
    lines.add(january, u"B", 2, 1);
    lines.add(march, u"A", 3, 1);
    lines.add(other, u"A", 4, 5);

    // Before March only January's line was sold.
    CHECK(lines.take(u"7", u"A", u"2011-02-01T10:00:00+00:00", 1) == 1);
    // After March the latest, while it has enough left.
    CHECK(lines.take(u"7", u"A", u"2011-04-01T10:00:00+00:00", 1) == 3);
    CHECK(lines.take(u"7", u"A", u"2011-04-01T10:00:00+00:00", 1) == 1);
    CHECK(lines.take(u"7", u"A", u"2011-04-01T10:00:00+00:00", 2) == std::nullopt); // one piece left
    CHECK(lines.take(u"7", u"A", u"2011-04-01T10:00:00+00:00", 1) == 1);
    CHECK(lines.take(u"7", u"A", u"2011-04-01T10:00:00+00:00", 1) == std::nullopt);
    // Another customer's lines, another style, a customer or style never sold: none of them.
    CHECK(lines.take(u"8", u"B", u"2011-04-01T10:00:00+00:00", 1) == std::nullopt);
    CHECK(lines.take(u"9", u"A", u"2011-04-01T10:00:00+00:00", 1) == std::nullopt);
    CHECK(lines.take(u"7", u"Z", u"2011-04-01T10:00:00+00:00", 1) == std::nullopt);
    // Sold at the very time of the return counts as sold before it.
    CHECK(lines.take(u"8", u"A", u"2011-02-01T10:00:00+00:00", 5) == 4);
}

TEST_CASE("of two lines sold at the same time, a return undoes the one with the larger id", "[import]")
{
    ReturnMatcher lines;
    const ReturnMatcher::Sale sale = lines.sale(u"7", u"2011-01-01T10:00:00+00:00");
    lines.add(sale, u"A", 12, 1);
    lines.add(sale, u"A", 11, 1);
    CHECK(lines.take(u"7", u"A", u"2011-01-02T10:00:00+00:00", 1) == 12);
    CHECK(lines.take(u"7", u"A", u"2011-01-02T10:00:00+00:00", 1) == 11);
}

TEST_CASE("a pool's texts stay where they are however many are added", "[import]")
{
    TextPool pool;
    std::vector<QStringView> kept;
    for (int i = 0; i < 100000; ++i)
        kept.push_back(pool.intern(QStringLiteral("536365:85123A:%1").arg(i)));
    CHECK(pool.size() == 100000);
    CHECK(pool.intern(u"536365:85123A:7").data() == kept[7].data());
    for (int i = 0; i < 100000; i += 997)
        CHECK(kept[static_cast<std::size_t>(i)] == QStringLiteral("536365:85123A:%1").arg(i));
    CHECK(pool.contains(u"536365:85123A:99999"));
    CHECK_FALSE(pool.contains(u"536365:85123A:100000"));
    CHECK(pool.find(u"536365:85123A:100000").isNull());
    CHECK(pool.find(u"").isNull());
    CHECK_FALSE(pool.intern(u"").isNull()); // the empty text is a text too
    CHECK(pool.contains(u""));
}
