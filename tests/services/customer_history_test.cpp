#include "core/history_event.h"
#include "core/permissions.h"
#include "services/customer_history.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/segment_history_repository.h"
#include "storage/sql.h"
#include "support/history_store.h"
#include "support/language_scope.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"

#include <QSet>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace atelier;
using atelier::testing::readValue;

namespace {

// Every event of hers, `pageSize` at a time, following each page's cursor.
QList<HistoryLine> readAll(CustomerHistory &history, CustomerId customer, const QList<HistoryKind> &kinds,
    int pageSize, int *pages = nullptr)
{
    QList<HistoryLine> lines;
    std::optional<PageCursor> after;
    for (int page = 1; page < 1000; ++page) {
        const KeysetPage<HistoryLine> read = readValue(history.page(customer, kinds, after, pageSize));
        lines += read.rows;
        if (pages)
            *pages = page;
        if (read.rows.size() < pageSize)
            break;
        after = read.next;
    }
    return lines;
}

// The documented order: at descending, kind code ascending, id descending, step descending.
bool inOrder(const QList<HistoryLine> &lines)
{
    const auto key = [](const HistoryLine &l) {
        return std::make_tuple(l.event.at, toCode(l.event.kind), l.event.id, l.event.step);
    };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto [at0, kind0, id0, step0] = key(lines[i - 1]);
        const auto [at1, kind1, id1, step1] = key(lines[i]);
        const bool before = at0 > at1
            || (at0 == at1
                && (kind0 < kind1 || (kind0 == kind1 && (id0 > id1 || (id0 == id1 && step0 > step1)))));
        if (!before)
            return false;
    }
    return true;
}

QSet<HistoryKind> kindsOf(const QList<HistoryLine> &lines)
{
    QSet<HistoryKind> kinds;
    for (const HistoryLine &line : lines)
        kinds.insert(line.event.kind);
    return kinds;
}

} // namespace

TEST_CASE("History: every kind appears, in order, paged; a clerk does not see manager-only kinds")
{
    testing::LanguageScope english(QStringLiteral("en"));
    testing::TempStore t;
    const testing::HistoryStore h = testing::fillHistoryStore(t);
    CustomerHistory &history = t.store().history();

    // The command line and the manager: every kind.
    const QList<HistoryLine> all = readAll(history, h.her, allHistoryKinds(), 1000);
    const QList<HistoryKind> everyKind = allHistoryKinds();
    CHECK(kindsOf(all) == QSet<HistoryKind>(everyKind.begin(), everyKind.end()));
    CHECK(inOrder(all));
    CHECK(readValue(history.count(h.her, allHistoryKinds())) == all.size());

    SECTION("pages of three give the same list, each page after the last row of the one before")
    {
        int pages = 0;
        CHECK(readAll(history, h.her, allHistoryKinds(), 3, &pages) == all);
        CHECK(pages >= all.size() / 3);
    }

    SECTION("the newest second: ties broken by kind, then id, then step")
    {
        QList<HistoryLine> now;
        for (const HistoryLine &line : all)
            if (line.event.at == QLatin1String("2026-06-15T10:00:00"))
                now << line;
        QStringList kinds;
        for (const HistoryLine &line : now)
            kinds << toCode(line.event.kind) + u'/' + line.event.what;
        // The coupon is redeemed in the second it was issued: the redemption (step 1) first. The
        // registration and the change are two audit entries, the later (higher id) first.
        CHECK(kinds
            == QStringList{QStringLiteral("coupon/redeemed"), QStringLiteral("coupon/issued"),
                QStringLiteral("edit/customer_changed"), QStringLiteral("handover/"),
                QStringLiteral("lost_sale/size_out_of_stock"), QStringLiteral("points/earn"),
                QStringLiteral("purchase/")});
        CHECK(now.first().event.id == now.at(1).event.id);
        CHECK(now.first().event.step == 1);
    }

    SECTION("what each kind says, in the reader's language")
    {
        const auto summaryOf = [&](HistoryKind kind, const QString &what = {}) {
            for (const HistoryLine &line : all)
                if (line.event.kind == kind && (what.isEmpty() || line.event.what == what))
                    return line.summary;
            return QString();
        };
        CHECK(summaryOf(HistoryKind::Purchase).startsWith(QStringLiteral("Bought 1 piece")));
        CHECK(summaryOf(HistoryKind::Return) == QStringLiteral("Returned 1 × A1001, refunded ¥300.00"));
        CHECK(summaryOf(HistoryKind::Exchange) == QStringLiteral("Exchanged 1 × A1001"));
        CHECK(summaryOf(HistoryKind::Tier).startsWith(QStringLiteral("Tier: Member → ")));
        CHECK(summaryOf(HistoryKind::Segment) == QStringLiteral("Segment: No purchase yet → Potential"));
        CHECK(summaryOf(HistoryKind::Campaign, QStringLiteral("answered"))
            == QStringLiteral("Will come to 会员日"));
        CHECK(summaryOf(HistoryKind::Handover)
            == QStringLiteral("Handover note: 王芳 asked for the blue coat in M"));
        CHECK(summaryOf(HistoryKind::Referral, QStringLiteral("reward"))
            == QStringLiteral("Referral reward for 李静 (#%1): 200 points").arg(h.brought));
        CHECK(summaryOf(HistoryKind::Referral, QStringLiteral("brought"))
            == QStringLiteral("Brought 李静 (#%1), who registered").arg(h.brought));
        CHECK(summaryOf(HistoryKind::Edit, QStringLiteral("customer_changed"))
                  .contains(QStringLiteral("Top size")));
        CHECK(summaryOf(HistoryKind::FollowUp).startsWith(QStringLiteral("Follow-up done: ")));
        CHECK(summaryOf(HistoryKind::Satisfaction)
            == QStringLiteral("Satisfaction 4 of 5 (Follow-up): \u201cFriendly call\u201d"));
        for (const HistoryLine &line : all)
            CHECK_FALSE(line.summary.contains(u'\n'));
    }

    SECTION("the replacement side of an exchange is no purchase; the holdout has no campaign")
    {
        int purchases = 0;
        for (const HistoryLine &line : all)
            purchases += line.event.kind == HistoryKind::Purchase ? 1 : 0;
        CHECK(purchases == 4); // 2000, 300, 300 and the coupon sale; not the exchange's replacement
        const QList<HistoryLine> friendLines = readAll(history, h.brought, allHistoryKinds(), 100);
        CHECK_FALSE(kindsOf(friendLines).contains(HistoryKind::Campaign));
        CHECK_FALSE(kindsOf(friendLines).contains(HistoryKind::Referral));
    }

    SECTION("a filter reads only the kinds asked for")
    {
        const QList<HistoryLine> coupons
            = readAll(history, h.her, {HistoryKind::Coupon, HistoryKind::Tier}, 1);
        CHECK(kindsOf(coupons) == QSet<HistoryKind>{HistoryKind::Coupon, HistoryKind::Tier});
        // The manual coupon issued and redeemed, the return's experience coupon, the tier move.
        qsizetype expected = 0;
        for (const HistoryLine &line : all)
            expected
                += line.event.kind == HistoryKind::Coupon || line.event.kind == HistoryKind::Tier ? 1 : 0;
        CHECK(expected >= 3);
        CHECK(coupons.size() == expected);
        CHECK(inOrder(coupons));
        CHECK(readAll(history, h.her, {HistoryKind::Exchange}, 10).size() == 1);
        CHECK(readAll(history, h.her, {}, 10).isEmpty());
    }

    SECTION("a clerk gets everything but the archive edits, even when she asks for them")
    {
        t.store().database().setRole(Role::Clerk);
        CHECK_FALSE(history.visibleKinds().contains(HistoryKind::Edit));
        const QList<HistoryLine> clerks = readAll(history, h.her, allHistoryKinds(), 4);
        CHECK_FALSE(kindsOf(clerks).contains(HistoryKind::Edit));
        CHECK(kindsOf(clerks).size() == everyKind.size() - 1);
        CHECK(readAll(history, h.her, {HistoryKind::Edit}, 10).isEmpty());
        CHECK(readValue(history.count(h.her, {HistoryKind::Edit})) == 0);
        int edits = 0;
        for (const HistoryLine &line : all)
            edits += line.event.kind == HistoryKind::Edit ? 1 : 0;
        CHECK(clerks.size() == all.size() - edits);
        t.store().database().setRole(Role::Manager);
        CHECK(readAll(history, h.her, {HistoryKind::Edit}, 10).size() == edits);
    }
}

TEST_CASE("History: a read that fails says so")
{
    testing::TempStore t;
    const testing::HistoryStore h = testing::fillHistoryStore(t);
    testing::dropTable(t.store(), QStringLiteral("segment_history"));
    const ReadResult<KeysetPage<HistoryLine>> read
        = t.store().history().page(h.her, allHistoryKinds(), {}, 10);
    CHECK_FALSE(read.ok());
    CHECK_FALSE(read.error.isEmpty());
}

TEST_CASE("The nightly run writes a segment move once, with its run; a second run writes none")
{
    testing::TempStore t;
    Store &store = t.store();
    const SaveResult saved
        = store.customers().registerCustomer(QStringLiteral("陈婷"), QStringLiteral("13712345678"));
    REQUIRE(saved.ok());
    const CustomerId her = *saved.id;
    const QTimeZone zone(8 * 3600);
    testing::recordSaleAt(
        store, her, QDateTime(QDate(2025, 5, 1), QTime(15, 0), zone), Money::fromYuan(1200));
    const QSqlDatabase db = store.database().connection();
    const auto moves = [&] {
        return sql::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM segment_history WHERE customer_id = ?"), {her})
            .toInt();
    };
    const auto run = [&](const QDate &asOf) {
        const NightlyRun done
            = NightlyJob(store.database(), t.clock()).run(asOf, NightlyRun::StartedBy::Manual);
        REQUIRE(done.result == NightlyRun::Result::Ok);
        return done;
    };

    run(QDate(2025, 5, 10)); // her first score: no move
    CHECK(moves() == 0);
    const NightlyRun dormant = run(QDate(2026, 6, 14)); // more than a year without a purchase
    REQUIRE(moves() == 1);
    QSqlQuery row = sql::run(db,
        QStringLiteral(
            "SELECT changed_on, old_segment, new_segment, run_id FROM segment_history WHERE customer_id = ?"),
        {her});
    REQUIRE(row.next());
    CHECK(row.value(0).toString() == QStringLiteral("2026-06-14"));
    CHECK(row.value(1).toString() == toCode(StoreSegment::Potential));
    CHECK(row.value(2).toString() == toCode(StoreSegment::Dormant));
    CHECK(row.value(3).toLongLong() == dormant.id);

    run(QDate(2026, 6, 14)); // the same night again
    run(QDate(2026, 6, 15)); // and the next: she is still Dormant
    CHECK(moves() == 1);
}
