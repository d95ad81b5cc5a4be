#include "gui_test_helpers.h"

#include "gui/counter/customer_editor_dialog.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("The editor refuses an empty name and a malformed phone, next to the fields", "[gui][editor]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800138000"));
    REQUIRE(saved.ok());
    const CustomerArchive before = *readValue(temp.store().customers().load(*saved.id));

    CustomerEditorDialog dialog(temp.store(), *saved.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit"));
    auto *phone = child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit"));
    auto *nameError = child<QLabel>(&dialog, QStringLiteral("nameErrorLabel"));
    auto *phoneError = child<QLabel>(&dialog, QStringLiteral("phoneErrorLabel"));
    REQUIRE(name);
    REQUIRE(phone);
    CHECK(name->text() == QStringLiteral("张三"));
    CHECK(nameError->isHidden());

    name->clear();
    phone->clear();
    typeText(phone, QStringLiteral("138-abc"));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("occupationLineEdit")), QStringLiteral("教师"));
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(nameError->isHidden());
    CHECK_FALSE(nameError->text().isEmpty());
    CHECK_FALSE(phoneError->isHidden());
    CHECK_FALSE(phoneError->text().isEmpty());

    const CustomerArchive after = *readValue(temp.store().customers().load(*saved.id));
    CHECK(after.customer.name == before.customer.name);
    CHECK(after.customer.phone.digits() == before.customer.phone.digits());
    CHECK(after.customer.occupation.isEmpty());
    CHECK(after.customer.updatedAt == before.customer.updatedAt);
}

TEST_CASE("The editor saves soft facts and shows a rising completeness score", "[gui][editor]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"));
    REQUIRE(saved.ok());
    CustomerEditorDialog dialog(temp.store(), *saved.id);
    dialog.show();
    auto *bar = child<QProgressBar>(&dialog, QStringLiteral("completenessBar"));
    const int start = bar->value();
    typeText(child<QLineEdit>(&dialog, QStringLiteral("occupationLineEdit")), QStringLiteral("设计师"));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("hobbiesLineEdit")), QStringLiteral("瑜伽、旅行"));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("sizeTopLineEdit")), QStringLiteral("M"));
    CHECK(bar->value() > start);
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const CustomerArchive after = *readValue(temp.store().customers().load(*saved.id));
    CHECK(after.customer.occupation == QStringLiteral("设计师"));
    CHECK(after.customer.sizeTop == QStringLiteral("M"));
}

TEST_CASE(
    "The editor refuses a life event in the future on the Life events tab", "[gui][editor][life-events]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13900002222"));
    REQUIRE(saved.ok());
    CustomerEditorDialog dialog(temp.store(), *saved.id);
    dialog.show();
    auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("tabWidget"));
    auto *error = child<QLabel>(&dialog, QStringLiteral("lifeEventsErrorLabel"));
    REQUIRE(error);
    child<QDateEdit>(&dialog, QStringLiteral("eventDateEdit"))
        ->setDate(QDate(2026, 6, 16)); // today is the 15th
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addEventButton")), Qt::LeftButton);
    tabs->setCurrentIndex(0);
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().startsWith(QStringLiteral("Life events:")));
    CHECK(tabs->currentWidget() == child<QWidget>(&dialog, QStringLiteral("eventsTab")));
    CHECK(readValue(temp.store().customers().load(*saved.id))->lifeEvents.isEmpty());
}
