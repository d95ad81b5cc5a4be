// The counter says what it did and keeps room for what the clerk needs: a reveal hidden again before
// its minute, a line after a sale or a handover note, and the card's purchases beside the handover banner.

#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/counter/handover_panel.h"
#include "gui/main_window.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/handover_notes.h"
#include "services/nightly_job.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace atelier;
using namespace atelier::testing;

namespace {

// A clerk at the counter and 王芳, whose card shows her whole number only on a reveal.
struct Counter
{
    TempStore temp;
    StaffId clerk = 0;
    StaffId before = 0; // the clerk of the last shift
    CustomerId fang = 0;

    Counter()
    {
        StaffRepository staff(temp.store().database().connection());
        clerk = staff.insert(QStringLiteral("李晓雯"), false);
        before = staff.insert(QStringLiteral("小王"), false);
        const SaveResult saved = temp.store().customers().registerCustomer(
            QStringLiteral("王芳"), QStringLiteral("13812345678"));
        REQUIRE(saved.ok());
        fang = *saved.id;
        REQUIRE(temp.store().shift().begin(Session{clerk, QStringLiteral("李晓雯"), Role::Clerk}));
    }

    void buy(int yuan)
    {
        Sale sale;
        sale.customerId = fang;
        SaleLine line;
        line.styleNumber = QStringLiteral("A2611");
        line.category = QStringLiteral("连衣裙");
        line.colour = QStringLiteral("燕麦色");
        line.size = QStringLiteral("M");
        line.listPrice = line.paidPrice = Money::fromYuan(yuan);
        sale.lines << line;
        REQUIRE(temp.store().sales().recordSale(sale).ok());
    }
};

void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(which), Qt::LeftButton);
}

} // namespace

TEST_CASE("A clerk hides a revealed number again before its minute is up", "[gui][counter][privacy]")
{
    Counter c;
    CounterPage page(c.temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCustomer(c.fang);
    auto *phone = child<QLabel>(&page, QStringLiteral("phoneLabel"));
    auto *address = child<QLabel>(&page, QStringLiteral("addressLabel"));
    auto *reveal = child<QToolButton>(&page, QStringLiteral("revealButton"));
    auto *hide = child<QToolButton>(&page, QStringLiteral("hideContactButton"));
    REQUIRE(hide);
    CHECK(hide->isHidden());

    QTest::mouseClick(reveal, Qt::LeftButton);
    REQUIRE(phone->text() == QStringLiteral("138 1234 5678"));
    REQUIRE(hide->isVisible());
    // From the keyboard, as the clerk would with the customer's number on screen.
    hide->setFocus(Qt::TabFocusReason);
    QTest::keyClick(hide, Qt::Key_Space);
    CHECK(phone->text() == QStringLiteral("138****5678"));
    CHECK(address->isHidden());
    CHECK(hide->isHidden());
    CHECK(reveal->isVisible());

    // Revealed again, then another customer: nothing stays revealed for her either.
    QTest::mouseClick(reveal, Qt::LeftButton);
    REQUIRE(phone->text() == QStringLiteral("138 1234 5678"));
    page.showCustomer(c.fang);
    CHECK(phone->text() == QStringLiteral("138****5678"));
    CHECK(hide->isHidden());
}

TEST_CASE(
    "A sale recorded says so on the counter, with its amount, points and customer", "[gui][counter][sale]")
{
    Counter c;
    CounterPage page(c.temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCustomer(c.fang);
    auto *notice = child<QLabel>(&page, QStringLiteral("noticeLabel"));
    REQUIRE(notice);
    CHECK(notice->isHidden());

    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        auto *table = child<QTableWidget>(dialog, QStringLiteral("linesTable"));
        const QStringList texts
            = {QStringLiteral("A2611"), QStringLiteral("连衣裙"), QStringLiteral("燕麦色"),
                QStringLiteral("M"), QStringLiteral("2"), QStringLiteral("399"), QStringLiteral("399")};
        for (int column = 0; column < texts.size(); ++column)
            table->item(0, column)->setText(texts.at(column));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("recordSaleButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(readValue(c.temp.store().sales().recentSales(c.fang, 5)).size() == 1);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("¥798.00")));
    CHECK(notice->text().contains(QStringLiteral("+798")));
    CHECK(notice->text().contains(QStringLiteral("王芳")));
    // Said, not asked: the page keeps the focus it had, nothing waits for a click.
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(notice->hasFocus());
}

TEST_CASE("A handover note saved says so on the counter", "[gui][counter][handover]")
{
    Counter c;
    CounterPage page(c.temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *notice = child<QLabel>(&page, QStringLiteral("noticeLabel"));
    REQUIRE(notice);

    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("零钱不够了"));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("handoverNoteButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(readValue(c.temp.store().handover().recent(1)).size() == 1);
    CHECK(notice->isVisible());
    CHECK(notice->text() == QStringLiteral("Handover note saved for the next shift."));

    // A note given up on is not said to be saved.
    notice->hide();
    const ModalWatch cancelled
        = whenModalOpens([](QWidget *dialog) { clickButton(dialog, QDialogButtonBox::Cancel); });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("handoverNoteButton")), Qt::LeftButton);
    REQUIRE(cancelled.ran());
    CHECK(notice->isHidden());
}

TEST_CASE(
    "With the handover banner open the card still shows five purchases at 1366×768", "[gui][counter][layout]")
{
    Counter c;
    Store &store = c.temp.store();
    CustomerArchive archive = *readValue(store.customers().load(c.fang));
    archive.customer.sizeTop = QStringLiteral("M");
    archive.customer.sizeBottom = QStringLiteral("28");
    archive.customer.sizeShoe = QStringLiteral("37");
    archive.customer.notes = QStringLiteral("喜欢棉麻，不爱亮色；周末常带女儿来");
    REQUIRE(store.customers().save(archive).ok());
    for (const int yuan : {1088, 299, 558, 1599, 898})
        c.buy(yuan);
    // Scored, so the card shows its whole loyalty block (tier, segment, R/F/M, points and their movements).
    REQUIRE(NightlyJob(store.database(), c.temp.clock())
                .run(c.temp.clock().today(), NightlyRun::StartedBy::Manual)
                .result
        == NightlyRun::Result::Ok);
    REQUIRE(store.handover()
                .write(QStringLiteral("王芳周六来取改好的裤子，放在仓库第二层。"), {c.fang}, c.before)
                .ok());
    REQUIRE(store.handover().write(QStringLiteral("零钱不够了，明早先去银行换。"), {}, c.before).ok());
    REQUIRE(store.handover()
                .write(QStringLiteral("The customer on the card is coming back on Saturday for the altered "
                                      "trousers; they are in the back room, second shelf, behind the coats."),
                    {c.fang}, c.before)
                .ok());
    REQUIRE(store.handover().write(QStringLiteral("试衣间的灯坏了，已报修。"), {}, c.before).ok());

    MainWindow window(store);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(window.counterPage());
    window.counterPage()->showCustomer(c.fang);
    REQUIRE(window.counterPage()->handoverPanel()->isVisible());
    REQUIRE(window.counterPage()->handoverPanel()->shownNotes().size() == 4);

    auto *purchases = child<QTableWidget>(&window, QStringLiteral("purchasesTable"));
    REQUIRE(purchases);
    REQUIRE(waitFor([purchases] { return purchases->rowCount() == 5; }));
    QApplication::processEvents(); // the layout settles
    CHECK(window.height() <= 768); // the window was not pushed past the screen to make room
    const int rowHeight = purchases->rowHeight(0);
    INFO("purchases viewport " << purchases->viewport()->height() << " px, rows of " << rowHeight << " px");
    REQUIRE(rowHeight > 0);
    CHECK(purchases->viewport()->height() / rowHeight >= CustomerCardWidget::purchasesAlwaysShown);
    // And the table is on screen: the card's buttons below it too.
    auto *sale = child<QPushButton>(&window, QStringLiteral("recordSaleButton"));
    CHECK(sale->mapTo(&window, QPoint(0, sale->height())).y() <= window.height());
}
