#include "gui_test_helpers.h"

#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "gui/common/keyset_paged_model.h"
#include "services/archive_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <utility>

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
    constexpr int pageSize = KeysetPagedModel::defaultPageSize;

    ArchiveModel model(temp.store().archive());
    CHECK(model.totalCount() == 500);
    CHECK(model.rowCount() == pageSize);
    CHECK(model.canFetchMore({}));

    // The tester fetches a page by itself and checks every page fetched after it.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() > pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 500);
    QSet<CustomerId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.customerAt(row));
    CHECK(ids.size() == 500); // each customer once

    // The phone is shown masked, never in full.
    CHECK(model.index(0, ArchiveModel::PhoneColumn).data().toString().contains(QStringLiteral("****")));

    model.sort(ArchiveModel::PhoneColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == pageSize);
    CHECK(model.index(0, ArchiveModel::PhoneColumn).data().toString() == QStringLiteral("137****0499"));
    model.fetchMore({});
    CHECK(
        model.index(pageSize, ArchiveModel::PhoneColumn).data().toString() == QStringLiteral("137****0299"));
    // Columns the database cannot sort by leave the order alone.
    model.sort(ArchiveModel::TagsColumn, Qt::AscendingOrder);
    CHECK(model.sortKey() == ArchiveSort::Phone);

    ArchiveFilter filter;
    filter.size = QStringLiteral("XXL");
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The archive sorted by birthday pages through customers without one", "[gui][archive][paging]")
{
    TempStore temp;
    addCustomers(temp.store(), 25);
    // Every third customer has no birthday (birth_month NULL); the others share a few months.
    for (CustomerId id = 1; id <= 25; ++id) {
        if (id % 3 == 0)
            continue;
        CustomerArchive archive = *readValue(temp.store().customers().load(id));
        archive.customer.birthday = QDate(1990, 1 + int(id % 4), 10);
        archive.customer.consentProfile = true; // a birthday is kept only with it
        REQUIRE(temp.store().customers().save(archive).ok());
    }
    ArchiveModel model(temp.store().archive());
    model.setFullContact(true); // the manager's list: whole dates
    model.setPageSize(4); // page ends fall inside the customers without a birthday and after them
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto walk = [&](Qt::SortOrder order) {
        model.sort(ArchiveModel::BirthdayColumn, order);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<CustomerId> ids;
        QStringList birthdays;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.customerAt(row);
            birthdays << model.index(row, ArchiveModel::BirthdayColumn).data().toString();
        }
        return std::make_pair(ids, birthdays);
    };
    const auto [up, upBirthdays] = walk(Qt::AscendingOrder);
    REQUIRE(up.size() == 25);
    CHECK(QSet<CustomerId>(up.begin(), up.end()).size() == 25);
    // No birthday first (by id), then by month, ties by id.
    CHECK(up.mid(0, 8) == QList<CustomerId>{3, 6, 9, 12, 15, 18, 21, 24});
    CHECK(upBirthdays.at(7).isEmpty());
    CHECK(upBirthdays.at(8) == QStringLiteral("1990-01-10"));
    CHECK(upBirthdays.last() == QStringLiteral("1990-04-10"));

    const auto [down, downBirthdays] = walk(Qt::DescendingOrder);
    REQUIRE(down.size() == 25);
    CHECK(QSet<CustomerId>(down.begin(), down.end()).size() == 25);
    // Descending: the latest month first, no birthday last (by id, descending).
    CHECK(downBirthdays.first() == QStringLiteral("1990-04-10"));
    CHECK(down.mid(17) == QList<CustomerId>{24, 21, 18, 15, 12, 9, 6, 3});
    QList<CustomerId> reversed(up.rbegin(), up.rend());
    CHECK(down == reversed);
}

TEST_CASE("A clerk's archive masks WeChat ids and birthdays; the manager's shows them whole",
    "[gui][archive][privacy]")
{
    TempStore temp;
    addCustomers(temp.store(), 1);
    CustomerArchive archive = *readValue(temp.store().customers().load(1));
    archive.customer.birthday = QDate(1990, 6, 15);
    archive.customer.consentProfile = true;
    archive.customer.wechatId = QStringLiteral("wangfang_0612");
    REQUIRE(temp.store().customers().save(archive).ok());
    const auto shown = [&](int column) {
        ArchivePage page(temp.store());
        auto *view = page.findChild<QTableView *>(QStringLiteral("archiveView"));
        REQUIRE(view);
        REQUIRE(view->model()->rowCount() == 1);
        return view->model()->index(0, column).data().toString();
    };

    temp.store().database().setRole(Role::Clerk);
    CHECK(shown(ArchiveModel::WeChatColumn) == QStringLiteral("wa****12"));
    CHECK(shown(ArchiveModel::BirthdayColumn) == QStringLiteral("06-15")); // greeted on it; no age
    CHECK(shown(ArchiveModel::PhoneColumn).contains(QStringLiteral("****")));

    temp.store().database().setRole(Role::Manager);
    CHECK(shown(ArchiveModel::WeChatColumn) == QStringLiteral("wangfang_0612"));
    CHECK(shown(ArchiveModel::BirthdayColumn) == QStringLiteral("1990-06-15"));
    CHECK_FALSE(shown(ArchiveModel::PhoneColumn).contains(QStringLiteral("****")));
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

TEST_CASE("A failed read shows the error state, not an empty archive", "[gui][archive]")
{
    TempStore temp;
    addCustomers(temp.store(), 10);
    ArchivePage page(temp.store());
    page.show();
    auto *errorLabel = page.findChild<QLabel *>(QStringLiteral("readErrorLabel"));
    auto *countLabel = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(errorLabel);
    REQUIRE(countLabel);
    CHECK(errorLabel->isHidden());
    CHECK(countLabel->text() == QStringLiteral("10 customer(s)"));

    // A read that fails: a table the list reads is gone.
    auto log = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(8);
    spdlog::default_logger()->sinks().push_back(log);
    dropTable(temp.store(), QStringLiteral("customer_tags"));
    page.model()->reload(); // what a save or a new filter does
    spdlog::default_logger()->sinks().pop_back();

    CHECK(page.model()->readFailed());
    CHECK(page.model()->rowCount() == 0);
    CHECK(errorLabel->isVisible());
    CHECK(errorLabel->text().startsWith(QStringLiteral("The customer list could not be read.")));
    CHECK(errorLabel->text().contains(QStringLiteral("customer_tags")));
    CHECK(countLabel->text().isEmpty()); // not "0 customer(s)"
    const std::vector<std::string> lines = log->last_formatted();
    REQUIRE_FALSE(lines.empty());
    CHECK(QString::fromStdString(lines.back()).contains(QStringLiteral("archive page could not be read")));
}

TEST_CASE("A tag library that cannot be read is not offered as a store without tags", "[gui][archive]")
{
    TempStore temp;
    addCustomers(temp.store(), 3);
    dropTable(temp.store(), QStringLiteral("customer_tags"));
    dropTable(temp.store(), QStringLiteral("tags"));
    ArchivePage page(temp.store());
    auto *tags = page.findChild<QComboBox *>(QStringLiteral("tagComboBox"));
    REQUIRE(tags);
    CHECK_FALSE(tags->isEnabled());
    CHECK(tags->count() == 1);
    CHECK(tags->itemText(0) == QStringLiteral("Tags could not be read"));
    CHECK(tags->toolTip().contains(QStringLiteral("tags")));
}
