#include "gui_test_helpers.h"

#include "core/lost_sale.h"
#include "gui/counter/counter_page.h"
#include "gui/reports/lost_sales_report_widget.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/lost_sales.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

int lostSalesOf(Store &store, const QString &where)
{
    return sql::scalar(
        store.database().connection(), QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE ") + where)
        .toInt();
}

} // namespace

TEST_CASE("A lost sale in two clicks at the counter, for the customer on the card", "[gui][lost_sales]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    CounterPage page(store);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCustomer(fang);

    bool refusedEmpty = false;
    const ModalWatch modal = whenModalOpens([&refusedEmpty](QWidget *dialog) {
        auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
        CHECK(child<QCheckBox>(dialog, QStringLiteral("customerCheckBox"))->isChecked());
        CHECK(child<QComboBox>(dialog, QStringLiteral("reasonComboBox"))->currentData().toString()
            == QStringLiteral("size_out_of_stock"));
        // Nothing wanted: refused, the dialog stays open and says why.
        child<QLineEdit>(dialog, QStringLiteral("sizeLineEdit"))->setFocus();
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("sizeLineEdit")), QStringLiteral("m"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        refusedEmpty
            = dialog->isVisible() && !child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty();
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("styleLineEdit")), QStringLiteral("2601-blk"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("lostSaleButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(refusedEmpty);
    CHECK(lostSalesOf(store,
              QStringLiteral("customer_id = %1 AND style_no = '2601-BLK' AND size = 'M' "
                             "AND reason = 'size_out_of_stock'")
                  .arg(fang))
        == 1);
    CHECK(lostSalesOf(store, QStringLiteral("1 = 1")) == 1);
    auto *notice = child<QLabel>(&page, QStringLiteral("noticeLabel"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("2601-BLK")));
}

TEST_CASE("With no customer on the card the lost sale is nobody's", "[gui][lost_sales]")
{
    TempStore temp;
    Store &store = temp.store();
    CounterPage page(store);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        CHECK(child<QCheckBox>(dialog, QStringLiteral("customerCheckBox"))->isHidden());
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("categoryLineEdit")), QStringLiteral("coat"));
        auto *reason = child<QComboBox>(dialog, QStringLiteral("reasonComboBox"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("price")));
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("lostSaleButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(lostSalesOf(store, QStringLiteral("customer_id IS NULL AND category = 'coat' AND reason = 'price'"))
        == 1);
}

TEST_CASE("The report tab marks a style and size arrived, saying who will get a task", "[gui][lost_sales]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    const CustomerId li
        = *store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13812345679")).id;
    for (const std::optional<CustomerId> &who : {std::optional<CustomerId>(fang),
             std::optional<CustomerId>(fang), std::optional<CustomerId>(li), std::optional<CustomerId>()}) {
        LostSale sale;
        sale.customer = who;
        sale.styleNumber = QStringLiteral("2601-BLK");
        sale.size = QStringLiteral("M");
        REQUIRE(store.lostSales().record(sale).ok());
    }
    LostSale other;
    other.styleNumber = QStringLiteral("1001");
    other.reason = LostSaleReason::Price;
    REQUIRE(store.lostSales().record(other).ok());

    LostSalesReportWidget widget(store);
    widget.resize(900, 500);
    widget.show();
    QSignalSpy shown(&widget, &LostSalesReportWidget::shown);
    widget.setPeriod(ReportPeriod::month(2026, 6));
    REQUIRE(shown.wait(10000));
    auto *table = child<QTableWidget>(&widget, QStringLiteral("lostSalesTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2601-BLK"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("4"));
    auto *mark = child<QPushButton>(&widget, QStringLiteral("markArrivedButton"));
    CHECK_FALSE(mark->isEnabled());
    table->selectRow(0);
    REQUIRE(mark->isEnabled());

    QTest::mouseClick(mark, Qt::LeftButton);
    QMessageBox *question = widget.confirmation();
    REQUIRE(question);
    CHECK(question->informativeText().startsWith(QStringLiteral("2 customer")));
    QSignalSpy marked(&widget, &LostSalesReportWidget::arrivalMarked);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(marked.wait(10000));
    CHECK(marked.first().at(0).toInt() == 4);
    CHECK(marked.first().at(1).toInt() == 2);
    REQUIRE(waitFor(
        [table] { return table->rowCount() == 2 && table->item(0, 4)->text() == QStringLiteral("0"); }));
    CHECK(lostSalesOf(store, QStringLiteral("arrived_at IS NOT NULL")) == 4);
    CHECK(sql::scalar(store.database().connection(),
              QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE purpose = 'arrival'"))
              .toInt()
        == 2);
}
