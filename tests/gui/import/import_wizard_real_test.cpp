// The UCI "Online Retail" export (541 909 lines) through the wizard: the window keeps answering while
// the worker checks and imports it.
#include "gui_test_helpers.h"

#include "gui/import/import_run_page.h"
#include "gui/import/import_wizard.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/online_retail.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace atelier;
using namespace atelier::testing;

namespace {

// The longest the event loop went without running a 10 ms timer while `until` did not hold.
qint64 longestStall(const std::function<bool()> &until)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&]() {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(10);
    REQUIRE(waitFor(until, 120000));
    return longest;
}

} // namespace

TEST_CASE("the online-retail file goes through the wizard without blocking the window", "[gui][import][real]")
{
    TempStore t;
    const QString csv = decompressedOnlineRetail(QStringLiteral(ATELIER_SHARED_DATA), t.folder());
    REQUIRE_FALSE(csv.isEmpty());

    ImportWizard wizard(t.store());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pathLineEdit")), csv);
    wizard.next();
    wizard.next(); // the usual names (InvoiceNo, StockCode, …) are mapped already
    QSignalSpy done(wizard.runPage(), &ImportRunPage::runFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    QElapsedTimer timer;
    timer.start();
    const qint64 checkStall = longestStall([&] { return done.count() == 1; });
    const qint64 checkMs = timer.restart();
    const QString checked = wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    INFO(checked.toStdString());
    CHECK(checked.contains(QStringLiteral("541909 rows read")));

    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    const qint64 importStall = longestStall([&] { return done.count() == 2; });
    const qint64 importMs = timer.elapsed();
    WARN("check " << checkMs << " ms, import " << importMs << " ms; longest stall of the window "
                  << checkStall << " / " << importStall << " ms");
    CHECK(wizard.imported());
    CHECK(sql::scalar(t.store().database().connection(), QStringLiteral("SELECT count(*) FROM sale_lines"))
              .toLongLong()
        == 531279);
    CHECK(checkStall < 500);
    CHECK(importStall < 500);
}
