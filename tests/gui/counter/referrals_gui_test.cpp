#include "gui_test_helpers.h"

#include "gui/complaints/service_rules_editor.h"
#include "gui/counter/card_referrals_widget.h"
#include "gui/counter/counter_page.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/reports/referrals_report_widget.h"
#include "gui/reports/reports_page.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId add(Store &store, const char *name, const char *phone, std::optional<CustomerId> by = std::nullopt)
{
    CustomerArchive archive;
    archive.customer.name = QString::fromUtf8(name);
    archive.customer.referrerId = by;
    archive.phoneText = QLatin1String(phone);
    const SaveResult saved = store.customers().save(archive);
    REQUIRE(saved.ok());
    return *saved.id;
}

} // namespace

TEST_CASE("registering at the counter, the clerk finds the referrer with the counter search and chooses her",
    "[gui][counter][referrals]")
{
    TempStore temp;
    const CustomerId wang = add(temp.store(), "王芳", "13800000001");
    add(temp.store(), "王丽", "13900000002");
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();

    QStringList offered;
    const ModalWatch modal = whenModalOpens([&offered](QWidget *dialog) {
        typeText(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit")), QStringLiteral("李静"));
        typeText(child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("13700000003"));
        // Her friend's name in pinyin initials, as the counter search takes it: both 王 come up.
        auto *search = child<QLineEdit>(dialog, QStringLiteral("referrerSearchEdit"));
        QTest::mouseClick(search, Qt::LeftButton);
        typeText(search, QStringLiteral("wf"));
        auto *results = child<QListWidget>(dialog, QStringLiteral("referrerResultsList"));
        for (int i = 0; i < results->count(); ++i)
            offered << results->item(i)->text();
        // The last four digits tell them apart; a click chooses.
        for (int i = 0; i < results->count(); ++i) {
            if (results->item(i)->text().contains(QStringLiteral("0001"))) {
                const QRect rect = results->visualItemRect(results->item(i));
                QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
            }
        }
        CHECK(child<QLabel>(dialog, QStringLiteral("referrerChosenLabel"))
                  ->text()
                  .contains(QStringLiteral("王芳")));
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newCustomerButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().contains(QStringLiteral("王芳")));
    const CustomerId li = page.shownCustomer();
    REQUIRE(li != 0);
    const Customer saved = readValue(temp.store().customers().load(li))->customer;
    CHECK(saved.referrerId == wang);
    CHECK(saved.source == SourceChannel::Referral);

    // And by keyboard: digits, Enter takes the first match.
    const ModalWatch keys = whenModalOpens([](QWidget *dialog) {
        typeText(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit")), QStringLiteral("张丽"));
        typeText(child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("13700000004"));
        auto *search = child<QLineEdit>(dialog, QStringLiteral("referrerSearchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("0003"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(child<QLabel>(dialog, QStringLiteral("referrerChosenLabel"))
                  ->text()
                  .contains(QStringLiteral("李静")));
        CHECK(dialog->isVisible()); // Enter chose her; it did not save the dialog
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newCustomerButton")), Qt::LeftButton);
    REQUIRE(keys.ran());
    CHECK(readValue(temp.store().customers().load(page.shownCustomer()))->customer.referrerId == li);
}

TEST_CASE("the archive editor chooses the referrer by search, and a cycle is refused under the field",
    "[gui][counter][referrals]")
{
    TempStore temp;
    const CustomerId wang = add(temp.store(), "王芳", "13800000001");
    const CustomerId li = add(temp.store(), "李静", "13800000002", wang);

    // 王芳 brought 李静: 李静 cannot be 王芳's referrer.
    CustomerEditorDialog dialog(temp.store(), wang);
    dialog.show();
    auto *search = child<QLineEdit>(&dialog, QStringLiteral("referrerSearchEdit"));
    typeText(search, QStringLiteral("13800000002"));
    auto *results = child<QListWidget>(&dialog, QStringLiteral("referrerResultsList"));
    REQUIRE(results->count() == 1);
    QTest::mouseClick(
        results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, QStringLiteral("referrerErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("Referred by:")));
    CHECK_FALSE(readValue(temp.store().customers().load(wang))->customer.referrerId);

    // Herself is never offered.
    search->clear();
    typeText(search, QStringLiteral("13800000001"));
    CHECK(results->count() == 1);
    CHECK_FALSE(results->item(0)->data(Qt::UserRole).isValid()); // "No customer found."
    (void)li;
}

TEST_CASE("the card lists whom she brought and whether each has bought", "[gui][counter][referrals]")
{
    TempStore temp;
    const CustomerId wang = add(temp.store(), "王芳", "13800000001");
    const CustomerId li = add(temp.store(), "李静", "13800000002", wang);
    add(temp.store(), "张丽", "13800000003", wang);
    recordSaleAt(temp.store(), li, temp.clock().now(), Money::fromYuan(300));
    CounterPage page(temp.store());
    page.resize(1366, 700);
    page.show();
    page.showCustomer(wang);
    auto *part = child<CardReferralsWidget>(&page, QStringLiteral("cardReferralsWidget"));
    REQUIRE(part);
    REQUIRE(waitFor([&] { return part->isVisible(); }));
    CHECK(child<QLabel>(part, QStringLiteral("referralsCaption"))->text()
        == CardReferralsWidget::tr("Brought %n customer(s), %1 bought", nullptr, 2).arg(1));
    const QString line = part->text();
    CHECK(line.contains(QStringLiteral("李静")));
    CHECK(line.contains(QStringLiteral("张丽")));
    CHECK(line.contains(CardReferralsWidget::tr("%1 (bought)").arg(QStringLiteral("李静"))));
    CHECK(line.contains(CardReferralsWidget::tr("%1 (not yet)").arg(QStringLiteral("张丽"))));

    // Someone who brought nobody: the part is hidden.
    page.showCustomer(li);
    CHECK(waitFor([&] { return part->isHidden(); }));
    CHECK(part->text().isEmpty());
}

TEST_CASE("Reports: the Referrals tab shows the period's referral rate and the top referrers",
    "[gui][reports][referrals]")
{
    TempStore temp; // 15 June 2026: the page offers May
    temp.clock().set(QDateTime(QDate(2026, 5, 10), QTime(10, 0), QTimeZone(8 * 3600)));
    const CustomerId wang = add(temp.store(), "王芳", "13800000001");
    const CustomerId li = add(temp.store(), "李静", "13800000002", wang);
    add(temp.store(), "张丽", "13800000003", wang);
    add(temp.store(), "刘敏", "13800000004");
    recordSaleAt(temp.store(), li, temp.clock().now(), Money::fromYuan(300));
    temp.clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600)));

    ReportsPage page(temp.store());
    page.resize(1200, 800);
    page.show();
    auto *report = page.referralsReport();
    QSignalSpy shown(report, &ReferralsReportWidget::shown);
    page.reload();
    REQUIRE(shown.wait(10000));
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("tabs"));
    const int index = tabs->indexOf(report);
    REQUIRE(index >= 5); // after the period's five reports
    CHECK(tabs->tabText(index) == ReportsPage::tr("Referrals"));
    CHECK(report->figures().current.newCustomers == 4);
    CHECK(report->figures().current.byReferral == 2);
    auto *months = child<QTableWidget>(report, QStringLiteral("referralMonthsTable"));
    REQUIRE(months->rowCount() == 12);
    CHECK(months->item(11, 1)->text() == QStringLiteral("4"));
    CHECK(months->item(11, 2)->text() == QStringLiteral("2"));
    CHECK(months->item(11, 3)->text() == QLocale().toString(50.0, 'f', 1) + QLatin1Char('%'));
    auto *top = child<QTableWidget>(report, QStringLiteral("topReferrersTable"));
    REQUIRE(top->rowCount() == 1);
    CHECK(top->item(0, 0)->text().contains(QStringLiteral("王芳")));
    CHECK(top->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(top->item(0, 2)->text() == QStringLiteral("1"));
}

TEST_CASE("Settings → Service: the referral reward is chosen and saved, its fields follow the choice",
    "[gui][settings][referrals]")
{
    TempStore temp;
    ServiceRulesEditor editor(temp.store());
    editor.show();
    auto *reward = child<QComboBox>(&editor, QStringLiteral("referralRewardComboBox"));
    auto *points = child<QSpinBox>(&editor, QStringLiteral("referralPointsSpinBox"));
    auto *value = child<QDoubleSpinBox>(&editor, QStringLiteral("referralCouponValueSpinBox"));
    REQUIRE(reward->currentData().toInt() == 1); // the seed's rule: points
    CHECK(points->isEnabled());
    CHECK_FALSE(value->isEnabled());

    reward->setCurrentIndex(reward->findData(2));
    CHECK_FALSE(points->isEnabled());
    REQUIRE(value->isEnabled());
    value->setFocus();
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(value, QStringLiteral("80"));
    QTest::keyClick(value, Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
    const ServiceRules saved = temp.store().serviceSettings().rules();
    CHECK(saved.referralReward == 2);
    CHECK(saved.referralCouponValue == Money::fromYuan(80));

    // A reward of no points is refused, the field named.
    reward->setCurrentIndex(reward->findData(1));
    points->setValue(0);
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
    CHECK(editor.message() == ServiceRules::tr("The referral reward must be between 1 and 100,000 points."));
    CHECK(temp.store().serviceSettings().rules().referralReward == 2);
}
