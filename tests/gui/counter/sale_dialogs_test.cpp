#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "gui/counter/sale_dialog.h"
#include "gui/settings/settings_page.h"
#include "services/customer_service.h"
#include "services/language.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

void fillRow(QTableWidget *table, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column)
        table->item(row, column)->setText(texts.at(column));
}

void clickSave(QWidget *dialog, QDialogButtonBox::StandardButton which = QDialogButtonBox::Save)
{
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(which), Qt::LeftButton);
}

// The keyboard alone: every key goes to whatever has the focus in `window`, as it would at the counter
// (a cell's editor, the table, a button), never to a widget the test picks.
void keys(QWidget *window, const QString &text)
{
    for (const QChar ch : text) {
        QWidget *focus = window->focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, ch.toLatin1());
    }
}

void key(QWidget *window, Qt::Key which, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = window->focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, which, modifiers);
}

void activate(QWidget *window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

} // namespace

TEST_CASE("A whole sale by keyboard alone: search, Ctrl+S, a line typed, Tab past it, Enter",
    "[gui][sale][keyboard]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    REQUIRE(saved.ok());
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();
    activate(&page);
    page.focusSearch();

    keys(&page, QStringLiteral("5678"));
    key(&page, Qt::Key_Return);
    REQUIRE(page.shownCustomer() == *saved.id);

    QString shownWhileTyping;
    bool tabAddedRow = false;
    bool saveHadFocus = false;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        activate(dialog);
        auto *table = child<QTableWidget>(dialog, QStringLiteral("linesTable"));
        auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
        keys(dialog, QStringLiteral("A2611"));
        key(dialog, Qt::Key_Tab);
        keys(dialog, QStringLiteral("dress"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_Tab); // colour left empty
        keys(dialog, QStringLiteral("M"));
        key(dialog, Qt::Key_Tab);
        keys(dialog, QStringLiteral("2"));
        key(dialog, Qt::Key_Tab);
        if (message->isVisible())
            shownWhileTyping = message->text();
        keys(dialog, QStringLiteral("699"));
        key(dialog, Qt::Key_Tab);
        keys(dialog, QStringLiteral("629.50"));
        key(dialog, Qt::Key_Tab); // a complete row: a new one after it
        tabAddedRow = table->rowCount() == 2 && table->currentRow() == 1;
        key(dialog, Qt::Key_Tab); // nothing more to sell: on to Save
        saveHadFocus = dialog->focusWidget()
            == child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        key(dialog, Qt::Key_Return);
    });
    key(&page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(modal.ran());
    CHECK(shownWhileTyping.isEmpty());
    CHECK(tabAddedRow);
    CHECK(saveHadFocus);

    const ReadResult<QList<Sale>> sales = temp.store().sales().recentSales(*saved.id, 5);
    REQUIRE(sales.ok());
    REQUIRE(sales.value->size() == 1);
    const Sale &sale = sales.value->at(0);
    REQUIRE(sale.lines.size() == 1);
    CHECK(sale.lines.at(0).styleNumber == QStringLiteral("A2611"));
    CHECK(sale.lines.at(0).category == QStringLiteral("dress"));
    CHECK(sale.lines.at(0).size == QStringLiteral("M"));
    CHECK(sale.lines.at(0).quantity == 2);
    CHECK(sale.total().toDisplayString() == QStringLiteral("¥1,259.00"));
}

TEST_CASE("A row is checked when it is left, not while its style number is typed", "[gui][sale][keyboard]")
{
    TempStore temp;
    SaleDialog dialog(temp.store(), 0);
    dialog.show();
    activate(&dialog);
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("linesTable"));
    auto *message = child<QLabel>(&dialog, QStringLiteral("messageLabel"));

    keys(&dialog, QStringLiteral("A1"));
    key(&dialog, Qt::Key_Tab);
    CHECK(table->item(0, SaleDialog::StyleColumn)->text() == QStringLiteral("A1"));
    CHECK(message->isHidden());

    // A bad price, then the row left: now it is said.
    key(&dialog, Qt::Key_Tab);
    key(&dialog, Qt::Key_Tab);
    key(&dialog, Qt::Key_Tab);
    key(&dialog, Qt::Key_Tab);
    keys(&dialog, QStringLiteral("12.345"));
    key(&dialog, Qt::Key_Tab);
    CHECK(message->isHidden());
    key(&dialog, Qt::Key_Tab); // the paid price left empty: the row is done, and Tab leaves it
    CHECK(table->rowCount() == 1);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Line 1")));
    CHECK(message->text().contains(QStringLiteral("price")));
    CHECK(dialog.focusWidget()
        == child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save));

    // Mended, the message goes.
    table->item(0, SaleDialog::ListPriceColumn)->setText(QStringLiteral("12.50"));
    CHECK(message->isHidden());
}

TEST_CASE("A sale recorded from the card updates the card", "[gui][sale]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    REQUIRE(saved.ok());
    CounterPage page(temp.store());
    page.show();
    page.showCustomer(*saved.id);
    auto *visits = child<QLabel>(&page, QStringLiteral("visitsLabel"));
    CHECK(visits->text() == QStringLiteral("0"));

    QString total;
    const ModalWatch modal = whenModalOpens([&total](QWidget *dialog) {
        auto *table = child<QTableWidget>(dialog, QStringLiteral("linesTable"));
        fillRow(table, 0,
            {QStringLiteral("A2611"), QStringLiteral("连衣裙"), QStringLiteral("燕麦色"), QStringLiteral("M"),
                QStringLiteral("2"), QStringLiteral("699"), QStringLiteral("629.50")});
        total = child<QLabel>(dialog, QStringLiteral("totalLabel"))->text();
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("recordSaleButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(total == QStringLiteral("¥1,259.00"));
    CHECK(waitFor([visits] { return visits->text() == QStringLiteral("1"); }));
    CHECK(child<QLabel>(&page, QStringLiteral("spendLabel"))->text() == QStringLiteral("¥1,259.00"));
}

TEST_CASE("The sale dialog refuses a price that is not an amount and stores nothing", "[gui][sale]")
{
    TempStore temp;
    SaleDialog dialog(temp.store(), 0);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("linesTable"));
    fillRow(table, 0,
        {QStringLiteral("A1"), QString(), QString(), QString(), QStringLiteral("1"), QStringLiteral("12.345"),
            QString()});
    clickSave(&dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text().isEmpty());
    CHECK_FALSE(dialog.saleId().has_value());
}

TEST_CASE("Settings show the refusal of an empty store name and switch the language", "[gui][settings]")
{
    TempStore temp;
    Language::setPreference(QString());
    SettingsPage page(temp.store());
    page.show();
    const QString before = temp.store().settings().storeName();
    auto *name = child<QLineEdit>(&page, QStringLiteral("storeNameLineEdit"));
    name->clear();
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(temp.store().settings().storeName() == before);
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("messageLabel"))->text().isEmpty());

    QSignalSpy languageChanged(&page, &SettingsPage::languageChanged);
    auto *language = child<QComboBox>(&page, QStringLiteral("languageComboBox"));
    language->setFocus();
    const int english = language->findData(QStringLiteral("en"));
    language->setCurrentIndex(english);
    emit language->activated(english);
    CHECK(languageChanged.count() == 1);
    CHECK(Language::preference() == QStringLiteral("en"));
    Language::setPreference(QString());
}

TEST_CASE("A walk-in sale is a sale with no customer, not a customer that could not be read", "[gui][sales]")
{
    TempStore temp;
    SaleDialog dialog(temp.store(), 0);
    auto *customer = dialog.findChild<QLabel *>(QStringLiteral("customerLabel"));
    REQUIRE(customer);
    CHECK(customer->text() == QStringLiteral("Walk-in sale, no customer"));
    CHECK(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
}
