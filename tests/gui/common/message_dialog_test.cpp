#include "gui_test_helpers.h"

#include "gui/archive/sms_export_dialog.h"
#include "gui/common/message_dialog.h"
#include "gui/complaints/service_rules_editor.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/loyalty/tiers_page.h"
#include "gui/settings/settings_page.h"
#include "gui/settings/template_editor.h"
#include "services/customer_service.h"
#include "services/message_templates.h"
#include "services/nightly_job.h"
#include "services/nightly_runner.h"
#include "services/service_settings.h"
#include "services/sms_export.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId addCustomer(Store &store, const QString &name, const QString &phone, bool consent)
{
    const CustomerId id = *store.customers().registerCustomer(name, phone).id;
    if (consent)
        sql::run(store.database().connection(),
            QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"), {qlonglong(id)});
    return id;
}

} // namespace

TEST_CASE("The message dialog fills a template and copies it to the clipboard", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    const MessageTemplate birthday
        = *readValue(store.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::Chinese));
    const MessageTemplate wakeUp
        = *readValue(store.templates().defaultFor(TaskPurpose::PurchaseCycle, MessageLanguage::Chinese));

    MessageDialog dialog(store, fang, std::nullopt);
    dialog.show();
    REQUIRE(dialog.chooseTemplate(birthday.id));
    CHECK(dialog.text().startsWith(QStringLiteral("王芳您好")));
    CHECK(dialog.text().contains(birthday.coupon));
    CHECK(child<QLabel>(&dialog, QStringLiteral("missingLabel"))->text().isEmpty());

    REQUIRE(dialog.chooseTemplate(wakeUp.id));
    // Nothing bought yet: the style is left out, and the clerk is told.
    CHECK_FALSE(dialog.text().contains(QStringLiteral("{style}")));
    CHECK(child<QLabel>(&dialog, QStringLiteral("missingLabel"))->text()
        == MessageTemplateRules::missingMessage(Placeholder::Style));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("copyButton")), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == dialog.text());
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("copiedLabel"))->text().isEmpty());
}

TEST_CASE("The template editor refuses an unknown placeholder and stores nothing", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    SettingsPage page(store);
    TemplateEditor *editor = page.templateEditor();
    REQUIRE(editor);
    const int before = int(readValue(store.templates().list()).size());

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("newButton")), Qt::LeftButton);
    typeText(child<QLineEdit>(editor, QStringLiteral("nameLineEdit")), QStringLiteral("New arrivals"));
    child<QPlainTextEdit>(editor, QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("Hi {nmae}, "));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    CHECK(editor->message().contains(QStringLiteral("{nmae}")));
    CHECK(int(readValue(store.templates().list()).size()) == before);

    // Fixed with the placeholder button.
    child<QPlainTextEdit>(editor, QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("Hi "));
    child<QPlainTextEdit>(editor, QStringLiteral("bodyEdit"))->moveCursor(QTextCursor::End);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("insert_name")), Qt::LeftButton);
    CHECK(child<QPlainTextEdit>(editor, QStringLiteral("bodyEdit"))->toPlainText()
        == QStringLiteral("Hi {name}"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    CHECK(int(readValue(store.templates().list()).size()) == before + 1);

    // Delete asks first.
    const ModalWatch modal = whenModalOpens([](QWidget *box) {
        for (QPushButton *button : box->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("Yes"))
                || button->text().contains(QStringLiteral("是")))
                QTest::mouseClick(button, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("deleteButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(int(readValue(store.templates().list()).size()) == before);
}

TEST_CASE("The service rules editor refuses closing before opening", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    SettingsPage page(store);
    ServiceRulesEditor *editor = page.serviceRulesEditor();
    REQUIRE(editor);
    child<QTimeEdit>(editor, QStringLiteral("opensTimeEdit"))->setTime(QTime(10, 0));
    child<QTimeEdit>(editor, QStringLiteral("closesTimeEdit"))->setTime(QTime(9, 0));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
    CHECK_FALSE(editor->message().isEmpty());
    CHECK(child<QLabel>(editor, QStringLiteral("closesTimeEditCaption"))
              ->styleSheet()
              .contains(QStringLiteral("c0392b")));
    CHECK(store.serviceSettings().rules().closesAt == 22 * 60);

    child<QTimeEdit>(editor, QStringLiteral("closesTimeEdit"))->setTime(QTime(21, 30));
    child<QSpinBox>(editor, QStringLiteral("phoneSpinBox"))->setValue(20);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
    CHECK(store.serviceSettings().rules().closesAt == 21 * 60 + 30);
    CHECK(store.serviceSettings().rules().phoneMinutes == 20);
}

TEST_CASE("The SMS export dialog writes the consenting customers on a worker thread", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    const CustomerId jing = addCustomer(store, QStringLiteral("李静"), QStringLiteral("13987654321"), false);
    const MessageTemplate holiday
        = *readValue(store.templates().defaultFor(TaskPurpose::Holiday, MessageLanguage::English));

    SmsExportDialog dialog(store, {fang, jing});
    QSignalSpy finished(&dialog, &SmsExportDialog::exportFinished);
    REQUIRE(dialog.chooseTemplate(holiday.id));
    const QString fileName = temp.folder() + QStringLiteral("/sms.csv");
    dialog.setFileName(fileName);
    dialog.startExport();
    REQUIRE(waitFor([&finished] { return !finished.isEmpty(); }));
    CHECK(finished.at(0).at(0).toBool());
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("13812345678,王芳,Happy holidays, 王芳!"))
        == false); // quoted: has commas
    CHECK(text.contains(QStringLiteral("13812345678,王芳,\"Happy holidays, 王芳!")));
    CHECK_FALSE(text.contains(QStringLiteral("李静")));
    CHECK(dialog.summary() == SmsExport::describe(SmsExportSummary{1, 1, 0, 0, 0, 0, {}}));
}

TEST_CASE("The Tiers page exports the customers of the chosen cell for SMS", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const LoyaltyStore s = fillLoyaltyStore(store);
    REQUIRE(
        NightlyJob(store.database(), store.clock()).run(loyaltyAsOf(), NightlyRun::StartedBy::Manual).result
        == NightlyRun::Result::Ok);
    for (CustomerId id : {s.wang, s.li, s.zhang})
        sql::run(store.database().connection(),
            QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"), {qlonglong(id)});
    NightlyRunner runner(temp.path(), temp.clock());
    TiersPage page(store, runner);
    page.refresh();
    auto *button = child<QPushButton>(&page, QStringLiteral("smsExportButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK(page.smsExportDialog() == nullptr);

    LoyaltyFilter silver;
    silver.tier = Tier::Silver; // 陈婷 and 张丽; only 张丽 accepts promotions
    page.showCustomersOf(silver);
    CHECK(button->isEnabled());
    std::unique_ptr<SmsExportDialog> dialog(page.smsExportDialog());
    REQUIRE(dialog);
    QSignalSpy finished(dialog.get(), &SmsExportDialog::exportFinished);
    const QString fileName = temp.folder() + QStringLiteral("/silver.csv");
    dialog->setFileName(fileName);
    dialog->startExport();
    REQUIRE(waitFor([&finished] { return !finished.isEmpty(); }));
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QStringLiteral("\r\n")) == 2);
    CHECK(text.contains(QStringLiteral("13700001234,张丽,")));
}

TEST_CASE("The customer card opens the message for the customer on it", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    CustomerCardWidget card(store);
    card.setCustomer(fang);
    card.show();
    auto *button = card.findChild<QPushButton *>(QStringLiteral("messageButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
    auto *dialog = card.findChild<MessageDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->text().contains(QStringLiteral("王芳")));
    dialog->close();

    card.setCustomer(999999); // a customer who is not there: no message to write
    CHECK_FALSE(button->isEnabled());
}

TEST_CASE("The message dialog warns when a marketing text goes to a customer who said no", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId no = addCustomer(store, QStringLiteral("李娜"), QStringLiteral("13812345679"), false);
    const MessageTemplate wakeUp
        = *readValue(store.templates().defaultFor(TaskPurpose::PurchaseCycle, MessageLanguage::English));
    const MessageTemplate birthday
        = *readValue(store.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::English));
    MessageDialog dialog(store, no, std::nullopt);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("missingLabel"));
    REQUIRE(warning);
    REQUIRE(dialog.chooseTemplate(wakeUp.id));
    CHECK(warning->text().contains(QStringLiteral("not agreed to receive promotions")));
    REQUIRE(dialog.chooseTemplate(birthday.id)); // a greeting is not marketing
    CHECK_FALSE(warning->text().contains(QStringLiteral("promotions")));
}

TEST_CASE("The message dialog says that the templates could not be read, not that there are none",
    "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    dropTable(store, QStringLiteral("message_templates"));
    MessageDialog dialog(store, fang, std::nullopt);
    const QString said = child<QLabel>(&dialog, QStringLiteral("missingLabel"))->text();
    CHECK(said.contains(QStringLiteral("The message templates could not be read.")));
    CHECK(said.contains(QStringLiteral("message_templates")));
    CHECK_FALSE(said.contains(QStringLiteral("no message templates yet")));
    CHECK(dialog.text().isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("copyButton"))->isEnabled());
}

TEST_CASE(
    "The message dialog fills no blanks in when the customer's values could not be read", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    const MessageTemplate birthday
        = *readValue(store.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::Chinese));
    dropTable(store, QStringLiteral("points_ledger"));
    MessageDialog dialog(store, fang, std::nullopt);
    REQUIRE(dialog.chooseTemplate(birthday.id));
    CHECK(child<QLabel>(&dialog, QStringLiteral("missingLabel"))
              ->text()
              .startsWith(QStringLiteral("The customer could not be read")));
    CHECK(dialog.text().isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("copyButton"))->isEnabled());
}

TEST_CASE("The template editor says that the templates could not be read", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    dropTable(store, QStringLiteral("message_templates"));
    SettingsPage page(store);
    TemplateEditor *editor = page.templateEditor();
    REQUIRE(editor);
    CHECK(editor->message().contains(QStringLiteral("The message templates could not be read.")));
    CHECK(editor->message().contains(QStringLiteral("message_templates")));
    CHECK(child<QListWidget>(editor, QStringLiteral("templateList"))->count() == 0);
}

TEST_CASE("The SMS export dialog offers no export when the templates could not be read", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), true);
    dropTable(store, QStringLiteral("message_templates"));
    SmsExportDialog dialog(store, {fang});
    const QString said = child<QLabel>(&dialog, QStringLiteral("bodyLabel"))->text();
    CHECK(said.contains(QStringLiteral("The message templates could not be read.")));
    CHECK_FALSE(said.contains(QStringLiteral("no message templates yet")));
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("exportButton"))->isEnabled());
}

TEST_CASE(
    "An SMS export of a Tiers page cell whose customers cannot be read writes no file", "[gui][messages]")
{
    TempStore temp;
    Store &store = temp.store();
    fillLoyaltyStore(store);
    REQUIRE(
        NightlyJob(store.database(), store.clock()).run(loyaltyAsOf(), NightlyRun::StartedBy::Manual).result
        == NightlyRun::Result::Ok);
    NightlyRunner runner(temp.path(), temp.clock());
    TiersPage page(store, runner);
    page.refresh();
    LoyaltyFilter silver;
    silver.tier = Tier::Silver;
    page.showCustomersOf(silver);
    std::unique_ptr<SmsExportDialog> dialog(page.smsExportDialog());
    REQUIRE(dialog);
    dropTable(store, QStringLiteral("customer_scores"));
    QSignalSpy finished(dialog.get(), &SmsExportDialog::exportFinished);
    const QString fileName = temp.folder() + QStringLiteral("/silver.csv");
    dialog->setFileName(fileName);
    dialog->startExport();
    REQUIRE(waitFor([&finished] { return !finished.isEmpty(); }));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog->summary().contains(QStringLiteral("The customers to write could not be read.")));
    CHECK(dialog->summary().contains(QStringLiteral("customer_scores")));
    CHECK_FALSE(QFile::exists(fileName));
}
