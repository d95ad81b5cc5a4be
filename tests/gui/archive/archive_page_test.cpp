#include "gui_test_helpers.h"

#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "services/archive_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

void addCustomers(Store &store, int count)
{
    const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
        QStringLiteral("刘"), QStringLiteral("陈")};
    const QStringList given = {QStringLiteral("芳"), QStringLiteral("静"), QStringLiteral("丽"),
        QStringLiteral("敏"), QStringLiteral("婷"), QStringLiteral("雪"), QStringLiteral("红"),
        QStringLiteral("霞"), QStringLiteral("燕"), QStringLiteral("玲")};
    const QStringList second = {QString(), QStringLiteral("华"), QStringLiteral("英"), QStringLiteral("萍"),
        QStringLiteral("兰"), QStringLiteral("珍"), QStringLiteral("秀"), QStringLiteral("琴"),
        QStringLiteral("梅"), QStringLiteral("洁")};
    for (int i = 0; i < count; ++i) {
        // Distinct names without digits, which the name rules refuse.
        const QString name = surnames.at(i % surnames.size()) + given.at((i / surnames.size()) % given.size())
            + second.at((i / (surnames.size() * given.size())) % second.size());
        const QString phone = QStringLiteral("137%1").arg(i, 8, 10, QLatin1Char('0'));
        const SaveResult saved = store.customers().registerCustomer(name, phone);
        INFO(name.toStdString()
            << " " << phone.toStdString() << " "
            << (saved.errors.isEmpty() ? saved.message : saved.errors.first().message).toStdString());
        REQUIRE(saved.ok());
    }
}

} // namespace

TEST_CASE("The archive model loads pages lazily and passes the model tester", "[gui][archive]")
{
    TempStore temp;
    addCustomers(temp.store(), 500);

    ArchiveModel model(temp.store().archive());
    CHECK(model.totalCount() == 500);
    CHECK(model.rowCount() == ArchiveModel::pageSize);
    CHECK(model.rowCount() < model.totalCount());
    CHECK(model.canFetchMore({}));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Qt 6.4's tester runs its checks (including fetchMore) from modelReset before it marks the reset
    // finished, and then reports the rows fetched as inserted "during" the reset. The test fetches.
    tester.setUseFetchMore(false);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 500);

    // The phone is shown masked, never in full.
    CHECK(model.index(0, ArchiveModel::PhoneColumn).data().toString().contains(QStringLiteral("****")));

    model.sort(ArchiveModel::PhoneColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == ArchiveModel::pageSize);
    CHECK(model.index(0, ArchiveModel::PhoneColumn).data().toString() == QStringLiteral("137****0499"));
    // Columns the database cannot sort by leave the order alone.
    model.sort(ArchiveModel::TagsColumn, Qt::AscendingOrder);
    CHECK(model.sortKey() == ArchiveSort::Phone);

    ArchiveFilter filter;
    filter.size = QStringLiteral("XXL");
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A CSV export from the archive page writes a UTF-8 file with a BOM", "[gui][archive]")
{
    TempStore temp;
    addCustomers(temp.store(), 40);
    ArchivePage page(temp.store());
    page.show();

    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("customers.csv"));
    QSignalSpy finished(&page, &ArchivePage::exportFinished);
    page.exportCsvTo(fileName);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());

    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(QByteArray("\xEF\xBB\xBF")));
    CHECK(bytes.count('\n') >= 41);
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("王芳")));
    // Only the finished file is left; QSaveFile's temporary is gone.
    CHECK(dir.path() != QString());
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("customers.csv")});
}

TEST_CASE("A click on a column that cannot sort leaves the arrow where the rows are sorted", "[gui][archive]")
{
    TempStore temp;
    addCustomers(temp.store(), 10);
    ArchivePage page(temp.store());
    page.show();
    auto *view = page.findChild<QTableView *>(QStringLiteral("archiveView"));
    REQUIRE(view);
    QHeaderView *header = view->horizontalHeader();
    REQUIRE(header->sortIndicatorSection() == ArchiveModel::NameColumn);

    header->setSortIndicator(ArchiveModel::GenderColumn, Qt::AscendingOrder); // what a click does
    CHECK(header->sortIndicatorSection() == ArchiveModel::NameColumn);

    header->setSortIndicator(ArchiveModel::NameColumn, Qt::DescendingOrder); // a sortable column
    CHECK(header->sortIndicatorSection() == ArchiveModel::NameColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
}
