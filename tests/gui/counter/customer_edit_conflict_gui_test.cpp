// Issue 25: the editor, when another counter saved the customer while it was open.
#include "gui_test_helpers.h"

#include "gui/counter/customer_editor_dialog.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("The editor refuses a save over another counter's, offers Reload and keeps what the clerk typed",
    "[gui][editor][concurrency]")
{
    TempStore temp;
    const SaveResult registered
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"));
    REQUIRE(registered.ok());
    const CustomerId id = *registered.id;

    CustomerEditorDialog dialog(temp.store(), id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // The other counter saves her occupation and hobbies while this form is open.
    Store other(&temp.clock());
    REQUIRE(other.open(temp.path()));
    CustomerArchive there = *readValue(other.customers().load(id));
    there.customer.occupation = QStringLiteral("教师");
    there.customer.hobbies = QStringLiteral("瑜伽");
    REQUIRE(other.customers().save(there).ok());

    auto *occupation = child<QLineEdit>(&dialog, QStringLiteral("occupationLineEdit"));
    auto *hobbies = child<QLineEdit>(&dialog, QStringLiteral("hobbiesLineEdit"));
    auto *sizeTop = child<QLineEdit>(&dialog, QStringLiteral("sizeTopLineEdit"));
    auto *message = child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    auto *reload = child<QPushButton>(&dialog, QStringLiteral("reloadButton"));
    QPushButton *save
        = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    REQUIRE(reload);
    CHECK(reload->isHidden());
    typeText(occupation, QStringLiteral("医生"));
    typeText(sizeTop, QStringLiteral("M"));
    QTest::mouseClick(save, Qt::LeftButton);

    // Refused, said calmly, nothing lost: the form still holds her typing, the store the other save.
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().contains(QStringLiteral("another counter")));
    CHECK(reload->isVisible());
    CHECK_FALSE(save->isEnabled());
    CHECK(occupation->text() == QStringLiteral("医生"));
    CHECK(sizeTop->text() == QStringLiteral("M"));
    CHECK(readValue(temp.store().customers().load(id))->customer.occupation == QStringLiteral("教师"));

    QTest::mouseClick(reload, Qt::LeftButton);
    // The record as it is now (her hobbies from the other counter), her changes on top, the clash named.
    CHECK(hobbies->text() == QStringLiteral("瑜伽"));
    CHECK(occupation->text() == QStringLiteral("医生"));
    CHECK(sizeTop->text() == QStringLiteral("M"));
    CHECK(reload->isHidden());
    CHECK(save->isEnabled());
    CHECK(message->text().contains(QStringLiteral("Occupation")));

    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const Customer saved = readValue(temp.store().customers().load(id))->customer;
    CHECK(saved.occupation == QStringLiteral("医生"));
    CHECK(saved.hobbies == QStringLiteral("瑜伽"));
    CHECK(saved.sizeTop == QStringLiteral("M"));
}
