#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/register_dialog.h"
#include "print/member_card_print.h"
#include "services/customer_service.h"
#include "services/member_cards.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId add(Store &store, const QString &name, const QString &phone)
{
    const SaveResult saved = store.customers().registerCustomer(name, phone);
    REQUIRE(saved.ok());
    return *saved.id;
}

QString cardOf(Store &store, CustomerId id)
{
    const auto loaded = store.customers().load(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value->has_value());
    return (*loaded.value)->customer.cardNo;
}

} // namespace

TEST_CASE("A scanned card number and Enter opens its holder's card, before a phone ending in the same digits",
    "[gui][counter][cards]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId phoneEnd = add(store, QStringLiteral("李娜"), QStringLiteral("13988001234"));
    const CustomerId holder = add(store, QStringLiteral("张丽"), QStringLiteral("13812340000"));
    const CustomerId vip = add(store, QStringLiteral("王芳"), QStringLiteral("13700001111"));
    REQUIRE(store.memberCards().set(holder, QStringLiteral("88001234")).ok());
    REQUIRE(store.memberCards().set(vip, QStringLiteral("VIP0042")).ok());

    CounterPage page(store);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    search->setFocus();

    // A scanner is a keyboard: the digits, then Enter.
    QTest::keyClicks(search, QStringLiteral("88001234"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.shownCustomer() == holder);
    CHECK(page.shownCustomer() != phoneEnd);
    // The number stays selected: the next scan replaces it.
    CHECK(search->selectedText() == QStringLiteral("88001234"));
    QTest::keyClicks(search, QStringLiteral("vip0042"));
    QTest::keyClick(search, Qt::Key_Enter);
    CHECK(page.shownCustomer() == vip);

    // Typed digits that are nobody's card still find the phone, as before.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("98800123"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.shownCustomer() == phoneEnd);
}

TEST_CASE("The archive editor refuses a card number held by another, and New number gives a free one",
    "[gui][counter][cards]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId holder = add(store, QStringLiteral("张丽"), QStringLiteral("13812341234"));
    const CustomerId fang = add(store, QStringLiteral("王芳"), QStringLiteral("13955556666"));
    REQUIRE(store.memberCards().set(holder, QStringLiteral("88001234")).ok());

    CustomerEditorDialog dialog(store, fang);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *cardNo = child<QLineEdit>(&dialog, QStringLiteral("cardNoLineEdit"));
    auto *error = child<QLabel>(&dialog, QStringLiteral("cardNoErrorLabel"));
    auto *save
        = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    REQUIRE(cardNo);
    REQUIRE(save);
    typeText(cardNo, QStringLiteral("8800-1234"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("张丽 (138****1234)")));
    CHECK(cardOf(store, fang).isEmpty());

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("newCardNoButton")), Qt::LeftButton);
    const QString generated = cardNo->text();
    CHECK(generated.startsWith(QStringLiteral("AT")));
    CHECK(generated.size() == 11);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(cardOf(store, fang) == generated);
}

TEST_CASE(
    "Print card… gives a customer without a number one and saves her card as a PDF", "[gui][counter][cards]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = add(store, QStringLiteral("王芳"), QStringLiteral("13955556666"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fang.pdf"));

    CounterPage page(store);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCustomer(fang);
    QString intro;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        intro = child<QLabel>(dialog, QStringLiteral("introLabel"))->text();
        auto *file = child<QLineEdit>(dialog, QStringLiteral("fileLineEdit"));
        file->clear();
        typeText(file, pdf);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("printCardButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(intro.contains(QStringLiteral("new")));
    CHECK(QFile::exists(pdf));
    const QString number = cardOf(store, fang);
    CHECK(number.startsWith(QStringLiteral("AT")));
    CHECK(waitFor([&] {
        const auto *label = child<QLabel>(&page, QStringLiteral("cardNoLabel"));
        return label && label->text().contains(number);
    }));
}

TEST_CASE("New customer takes the number of the card she holds; one already held is refused under the field",
    "[gui][counter][cards]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId holder = add(store, QStringLiteral("张丽"), QStringLiteral("13812341234"));
    REQUIRE(store.memberCards().set(holder, QStringLiteral("88001234")).ok());

    RegisterDialog dialog(store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit")), QStringLiteral("王芳"));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("13955556666"));
    auto *cardNo = child<QLineEdit>(&dialog, QStringLiteral("cardNoLineEdit"));
    typeText(cardNo, QStringLiteral("88001234"));
    auto *save
        = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, QStringLiteral("cardNoErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("张丽 (138****1234)")));
    CHECK(dialog.result() != QDialog::Accepted);

    cardNo->clear();
    typeText(cardNo, QStringLiteral("vip 0042"));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(cardOf(store, dialog.customerId()) == QStringLiteral("VIP0042"));
}

TEST_CASE("The cards of several customers are an export in the audit trail; one customer's card is not",
    "[gui][print][cards]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = add(store, QStringLiteral("王芳"), QStringLiteral("13955556666"));
    const CustomerId na = add(store, QStringLiteral("李娜"), QStringLiteral("13955557777"));
    QTemporaryDir dir;
    const auto exports = [&store] {
        return sql::scalar(store.database().connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                           "AND details LIKE '%member_cards%'"))
            .toInt();
    };

    MemberCardPrint one;
    one.customers = {fang};
    one.fileName = dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(one.run(store).written.ok());
    CHECK(exports() == 0);

    MemberCardPrint sheet;
    sheet.customers = {fang, na};
    sheet.fileName = dir.filePath(QStringLiteral("sheet.pdf"));
    const MemberCardPrint::Outcome printed = sheet.run(store);
    REQUIRE(printed.written.ok());
    CHECK(printed.cards == 2);
    CHECK(exports() == 1);
    CHECK(sql::scalar(store.database().connection(),
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'export'"))
              .toString()
              .contains(QStringLiteral("sheet.pdf")));
}
