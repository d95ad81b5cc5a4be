#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/loyalty/benefits_editor.h"
#include "gui/main_window.h"
#include "services/benefit_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "storage/tier_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId customerOfTier(TempStore &temp, const char *name, const char *phone, Tier tier)
{
    const SaveResult saved
        = temp.store().customers().registerCustomer(QString::fromUtf8(name), QLatin1String(phone));
    REQUIRE(saved.ok());
    TierRepository(temp.store().database().connection()).set(*saved.id, TierState{tier, QDate(2026, 1, 10)});
    return *saved.id;
}

bool shows(QWidget *widget, const QString &text)
{
    for (const QLabel *label : widget->findChildren<QLabel *>())
        if (label->isVisibleTo(widget) && label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("A Black customer's card names her stylist and shows the gift box", "[gui][counter][benefits]")
{
    TempStore temp;
    const CustomerId black = customerOfTier(temp, "赵黑卡", "13700000004", Tier::Black);
    const StaffId stylist
        = StaffRepository(temp.store().database().connection()).insert(QStringLiteral("陈思"), false);
    std::optional<CustomerArchive> archive = readValue(temp.store().customers().load(black));
    REQUIRE(archive);
    archive->customer.stylistId = stylist;
    archive->phoneText = archive->customer.phone.digits();
    REQUIRE(temp.store().customers().save(*archive).ok());

    CustomerCardWidget card(temp.store());
    card.resize(1000, 1400);
    card.show();
    card.setCustomer(black);
    // Rows added to a shown card appear once the event loop has turned.
    REQUIRE(waitFor([&]() { return shows(&card, QStringLiteral("Annual gift box")); }));
    CHECK(shows(&card, QStringLiteral("Personal stylist")));
    CHECK(shows(&card, QStringLiteral("陈思")));
    CHECK(shows(&card, QStringLiteral("Fashion show invitations")));
    CHECK(shows(&card, QStringLiteral("Points ×3")));
}

TEST_CASE("Record use on free ironing twice: the second is refused with the day", "[gui][counter][benefits]")
{
    TempStore temp;
    const CustomerId gold = customerOfTier(temp, "王黄金", "13700000003", Tier::Gold);
    CustomerCardWidget card(temp.store());
    card.resize(1000, 1400);
    card.show();
    card.setCustomer(gold);
    REQUIRE(waitFor([&]() { return shows(&card, QStringLiteral("Free ironing and alterations")); }));
    CHECK_FALSE(shows(&card, QStringLiteral("Annual gift box"))); // Black's, not Gold's

    auto *record = child<QPushButton>(&card, QStringLiteral("recordUse_alterations"));
    QTest::mouseClick(record, Qt::LeftButton);
    auto *message = child<QLabel>(&card, QStringLiteral("benefitsMessageLabel"));
    CHECK(message->text() == QStringLiteral("Use recorded."));
    REQUIRE(waitFor([&]() { return shows(&card, QStringLiteral("Used today")); }));

    // The card was rebuilt: the button is a new one.
    record = child<QPushButton>(&card, QStringLiteral("recordUse_alterations"));
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK(message->text() == QStringLiteral("Already used on 2026-06-15."));
}

TEST_CASE("The benefits editor refuses a benefit without Chinese words, naming the field",
    "[gui][loyalty][benefits]")
{
    TempStore temp;
    BenefitsEditor editor(temp.store());
    editor.show();
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("newButton")), Qt::LeftButton);
    typeText(child<QLineEdit>(&editor, QStringLiteral("wordsEnLineEdit")), QStringLiteral("Free parking"));
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveButton")), Qt::LeftButton);
    const QString message = child<QLabel>(&editor, QStringLiteral("messageLabel"))->text();
    CHECK(message.contains(QStringLiteral("Words (Chinese)")));
    CHECK(child<QLabel>(&editor, QStringLiteral("wordsZhCaption"))
              ->styleSheet()
              .contains(QStringLiteral("#c0392b")));
    CHECK(editor.focusWidget() == child<QLineEdit>(&editor, QStringLiteral("wordsZhLineEdit")));
    CHECK(readValue(temp.store().benefits().list()).size() == 6); // nothing written

    typeText(child<QLineEdit>(&editor, QStringLiteral("wordsZhLineEdit")), QStringLiteral("免费停车"));
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(child<QLabel>(&editor, QStringLiteral("messageLabel"))->text() == QStringLiteral("Benefit saved."));
    CHECK(readValue(temp.store().benefits().list()).size() == 7);
}

TEST_CASE("A Black customer's eight benefit lines still fit the counter at 1366×768",
    "[gui][counter][layout][benefits]")
{
    TempStore temp;
    const CustomerId black = customerOfTier(temp, "赵黑卡", "13700000004", Tier::Black);
    MainWindow window(temp.store());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(window.counterPage());
    window.counterPage()->showCustomer(black);
    REQUIRE(waitFor([&]() { return shows(&window, QStringLiteral("Annual gift box")); }));
    QApplication::processEvents(); // the layout settles
    CHECK(window.height() <= 768);
    auto *purchases = child<QTableWidget>(&window, QStringLiteral("purchasesTable"));
    REQUIRE(purchases);
    CHECK(purchases->height() >= purchases->minimumHeight());
    auto *sale = child<QPushButton>(&window, QStringLiteral("recordSaleButton"));
    CHECK(sale->mapTo(&window, QPoint(0, sale->height())).y() <= window.height());
}
