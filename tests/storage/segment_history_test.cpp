#include "core/loyalty.h"
#include "storage/database.h"
#include "storage/segment_history_repository.h"
#include "storage/sql.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

// The same night run again under changed rules moves a customer on from where the first run put her:
// her day keeps one row, from where she came to where she ends.
TEST_CASE("A segment move made again the same day keeps one row, from the first segment to the last",
    "[storage][history]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    const QSqlDatabase c = db.connection();
    const CustomerId wang = sql::scalar(c,
        QStringLiteral("INSERT INTO customers (name, phone, created_at, updated_at) VALUES "
                       "('王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00') "
                       "RETURNING id"))
                                .toLongLong();
    SegmentHistoryRepository history(c);
    const QDate night(2026, 6, 30);
    CHECK(history.add(wang, night, StoreSegment::Active, StoreSegment::Lapsing, 0));
    CHECK(history.add(wang, night, StoreSegment::Lapsing, StoreSegment::Dormant, 0));
    CHECK(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM segment_history")).toInt() == 1);
    CHECK(sql::scalar(c, QStringLiteral("SELECT old_segment || '>' || new_segment FROM segment_history"))
              .toString()
        == QStringLiteral("active>dormant"));
}
