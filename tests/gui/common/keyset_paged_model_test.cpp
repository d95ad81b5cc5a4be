// The paged base on a list kept in memory, read the way the repositories read theirs (ordered by a
// key that can be missing, NULLs first, then by id; each page after a cursor), so that a test can
// delete a row between pages, fail a read, or ask for a reload in the middle of one.
#include "gui/common/keyset_paged_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

using namespace atelier;

namespace {

struct Item
{
    qint64 id = 0;
    std::optional<int> key;
};

auto placeOf(const std::optional<int> &key, qint64 id)
{
    return std::make_tuple(key.has_value(), key.value_or(0), id);
}

class ItemSource
{
public:
    std::vector<Item> items; // in the list's order
    int pageReads = 0;
    bool failCount = false;
    bool failPages = false;
    std::function<void()> duringRead; // runs inside the next page read, once

    void add(qint64 id, std::optional<int> key)
    {
        items.push_back({id, key});
        std::sort(items.begin(), items.end(),
            [](const Item &a, const Item &b) { return placeOf(a.key, a.id) < placeOf(b.key, b.id); });
    }
    void remove(qint64 id)
    {
        std::erase_if(items, [id](const Item &item) { return item.id == id; });
    }
    ReadResult<int> count() const
    {
        if (failCount)
            return {std::nullopt, QStringLiteral("no count")};
        return {static_cast<int>(items.size()), {}};
    }
    ReadResult<KeysetPage<Item>> page(const std::optional<PageCursor> &after, int limit)
    {
        ++pageReads;
        if (duringRead)
            std::exchange(duringRead, nullptr)();
        if (failPages)
            return {std::nullopt, QStringLiteral("the disk went away")};
        KeysetPage<Item> page;
        for (const Item &item : items) {
            if (after) {
                const std::optional<int> key
                    = after->key.isNull() ? std::nullopt : std::optional<int>(after->key.toInt());
                if (placeOf(item.key, item.id) <= placeOf(key, after->id))
                    continue;
            }
            if (page.rows.size() == limit)
                break;
            page.rows << item;
            page.next = PageCursor{item.key ? QVariant(*item.key) : QVariant(), item.id};
        }
        return {page, {}};
    }
};

class ItemModel : public KeysetPagedTable<Item>
{
public:
    explicit ItemModel(ItemSource &source)
        : m_source(source)
    {
        setPageSize(10);
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Item &item = rowAt(index.row());
        if (index.column() == 0)
            return item.id;
        return item.key ? QVariant(*item.key) : QVariant();
    }
    QList<qint64> ids() const
    {
        QList<qint64> ids;
        for (const Item &item : rows())
            ids << item.id;
        return ids;
    }

private:
    ReadResult<int> readTotal() override { return m_source.count(); }
    ReadResult<KeysetPage<Item>> readPage(const std::optional<PageCursor> &after, int limit) override
    {
        return m_source.page(after, limit);
    }

    ItemSource &m_source;
};

// 45 items: every fifth without a key, the others with keys that repeat (ties broken by id).
ItemSource fortyFive()
{
    ItemSource source;
    for (qint64 id = 1; id <= 45; ++id)
        source.add(id, id % 5 == 0 ? std::nullopt : std::optional<int>(int(id % 7)));
    return source;
}

QList<qint64> idsOf(const ItemSource &source)
{
    QList<qint64> ids;
    for (const Item &item : source.items)
        ids << item.id;
    return ids;
}

void fetchAll(ItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("A paged model fetches page by page under the model tester", "[gui][paging]")
{
    ItemSource source = fortyFive();
    ItemModel model(source);
    model.reload();
    CHECK(model.totalCount() == 45);
    CHECK(model.rowCount() == 10);

    // The tester fetches by itself too (on creation), and checks every insertion that follows.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() > 10);
    fetchAll(model);
    CHECK(model.rowCount() == 45);
    CHECK(model.ids() == idsOf(source)); // NULL keys first, then by key and id, each row once
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.totalCount() == 45);
    // Five reads for 45 rows: the short last page ends the list without an empty read.
    CHECK(source.pageReads == 5);

    // 40 rows: the counted total ends the list after four full pages, again without an empty read.
    for (qint64 id = 41; id <= 45; ++id)
        source.remove(id);
    source.pageReads = 0;
    model.reload();
    fetchAll(model);
    CHECK(model.rowCount() == 40);
    CHECK(source.pageReads == 4);
}

TEST_CASE("A reload while fetching starts again from the first page", "[gui][paging]")
{
    ItemSource source = fortyFive();
    ItemModel model(source);
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    const int shown = model.rowCount();
    REQUIRE(shown > 10);
    REQUIRE(shown < 45);

    SECTION("between two pages")
    {
        source.add(0, std::nullopt); // the very first row
        source.add(100, 3);
        model.reload();
        CHECK(model.rowCount() == 10);
        CHECK(model.totalCount() == 47);
        CHECK(model.ids().first() == 0);
        fetchAll(model);
        CHECK(model.ids() == idsOf(source));
    }
    SECTION("asked for in the middle of a read: it runs when the read is done")
    {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        source.duringRead = [&] {
            source.add(0, std::nullopt);
            model.reload(); // e.g. a save elsewhere while the page was read
            CHECK(model.rowCount() == shown); // nothing changes under the read
        };
        model.fetchMore({});
        CHECK(reset.count() == 1);
        CHECK(model.rowCount() == 10);
        CHECK(model.ids().first() == 0);
        fetchAll(model);
        CHECK(model.ids() == idsOf(source));
    }
}

TEST_CASE("A row deleted between pages neither skips nor repeats a row", "[gui][paging]")
{
    ItemSource source = fortyFive();
    ItemModel model(source);
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<qint64> before = idsOf(source);
    const int shownRows = model.rowCount();
    REQUIRE(shownRows > 10);
    REQUIRE(shownRows + 5 < 45);
    QSignalSpy total(&model, &KeysetPagedModel::totalChanged);

    // One row already shown and one still to come are deleted. An offset would now skip the row
    // that moved up into the shown range; the cursor continues after the last row shown.
    const qint64 shown = before.at(4);
    const qint64 toCome = before.at(shownRows + 5);
    source.remove(shown);
    source.remove(toCome);
    fetchAll(model);

    QList<qint64> expected = before;
    expected.removeOne(toCome); // the shown one stays until the next reload
    CHECK(model.ids() == expected);
    CHECK(model.totalCount() == 44);
    REQUIRE(total.count() == 1);
    CHECK(total.first().first().toInt() == 44);

    model.reload();
    fetchAll(model);
    CHECK(model.ids() == idsOf(source));
    CHECK(model.totalCount() == 43);
}

TEST_CASE("A paged model shows a failed read as a failure, not as an empty list", "[gui][paging]")
{
    ItemSource source = fortyFive();
    ItemModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &KeysetPagedModel::readFailedChanged);

    SECTION("the first page")
    {
        source.failPages = true;
        model.reload();
        CHECK(model.readFailed());
        CHECK(model.errorText() == QStringLiteral("the disk went away"));
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
        REQUIRE(failed.count() == 1);
        CHECK(failed.takeFirst().first().toBool());

        source.failPages = false;
        model.reload();
        CHECK_FALSE(model.readFailed());
        CHECK(model.rowCount() == 10);
        REQUIRE(failed.count() == 1);
        CHECK_FALSE(failed.first().first().toBool());
    }
    SECTION("the count")
    {
        source.failCount = true;
        model.reload();
        CHECK(model.readFailed());
        CHECK(model.errorText() == QStringLiteral("no count"));
        CHECK(model.rowCount() == 0);
    }
    SECTION("a page further down: the rows shown stay, no more are asked for")
    {
        model.reload();
        model.fetchMore({});
        REQUIRE(model.rowCount() == 20);
        source.failPages = true;
        const int reads = source.pageReads;
        model.fetchMore({});
        CHECK(model.readFailed());
        CHECK(model.rowCount() == 20);
        CHECK_FALSE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(source.pageReads == reads + 1);
        CHECK(failed.count() == 1);
    }
}
