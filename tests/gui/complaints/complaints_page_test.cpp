#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "gui/complaints/complaint_analysis_widget.h"
#include "gui/complaints/complaint_intake_dialog.h"
#include "gui/complaints/complaint_step_dialog.h"
#include "gui/complaints/complaints_model.h"
#include "gui/complaints/complaints_page.h"
#include "gui/counter/counter_page.h"
#include "gui/main_window.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct Desk
{
    TempStore temp;
    CustomerId customer = 0;
    StaffId clerk = 0;

    Desk()
    {
        customer = *temp.store()
                        .customers()
                        .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001"))
                        .id;
        clerk = StaffRepository(temp.store().database().connection()).insert(QStringLiteral("小李"), false);
        REQUIRE(temp.store().shift().begin(clerk));
    }
};

void clickOk(QWidget *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("A clerk logs a complaint from the customer card and finds it on the complaints page",
    "[gui][complaints]")
{
    Desk desk;
    MainWindow window(desk.temp.store());
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.counterPage()->showCustomer(desk.customer);
    auto *complaintButton = child<QPushButton>(window.counterPage(), QStringLiteral("complaintButton"));
    REQUIRE(complaintButton);
    REQUIRE(complaintButton->isEnabled());

    bool seen = false;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        seen = true;
        CHECK(child<QLabel>(dialog, QStringLiteral("takerLabel"))->text() == QStringLiteral("小李"));
        auto *channel = child<QComboBox>(dialog, QStringLiteral("channelComboBox"));
        channel->setCurrentIndex(1); // phone
        child<QComboBox>(dialog, QStringLiteral("categoryComboBox"))->setCurrentIndex(1); // size
        typeText(child<QLineEdit>(dialog, QStringLiteral("styleLineEdit")), QStringLiteral("A26-1031"));
        child<QPlainTextEdit>(dialog, QStringLiteral("contentTextEdit"))
            ->setPlainText(QStringLiteral("裤长不合适"));
        clickOk(dialog);
    });
    QTest::mouseClick(complaintButton, Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(seen);

    window.showPage(window.complaintsPage());
    auto *view = child<QTableView>(window.complaintsPage(), QStringLiteral("complaintsView"));
    REQUIRE(view);
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 1; }));
    const QAbstractItemModel *model = view->model();
    CHECK(model->index(0, ComplaintsModel::CustomerColumn).data().toString() == QStringLiteral("王芳"));
    CHECK(model->index(0, ComplaintsModel::ChannelColumn).data().toString() == QStringLiteral("Phone"));
    CHECK(model->index(0, ComplaintsModel::StateColumn).data().toString() == QStringLiteral("Received"));
    // Phone: 15 minutes from 10:00.
    CHECK(
        model->index(0, ComplaintsModel::TimeLeftColumn).data().toString() == QStringLiteral("15 min left"));
    const QList<ComplaintRow> stored = readValue(desk.temp.store().complaints().forCustomer(desk.customer));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().complaint.takenBy == std::optional<StaffId>(desk.clerk));
    CHECK(stored.first().complaint.styleNumber == QStringLiteral("A26-1031"));

    // Select it: only the legal next step is offered; acknowledging moves it on.
    view->setCurrentIndex(model->index(0, 0));
    auto *acknowledge = child<QPushButton>(window.complaintsPage(), QStringLiteral("step_acknowledged"));
    REQUIRE(acknowledge);
    CHECK_FALSE(child<QPushButton>(window.complaintsPage(), QStringLiteral("step_closed")));
    const ModalWatch acknowledgeAsked = whenModalOpens([](QWidget *dialog) { clickOk(dialog); });
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    REQUIRE(acknowledgeAsked.ran());
    REQUIRE(waitFor([&] {
        return model->index(0, ComplaintsModel::StateColumn).data().toString()
            == QStringLiteral("Acknowledged");
    }));
    CHECK(model->index(0, ComplaintsModel::ResponsibleColumn).data().toString() == QStringLiteral("小李"));
}

TEST_CASE("An empty complaint is refused in the dialog and nothing is stored", "[gui][complaints]")
{
    Desk desk;
    MainWindow window(desk.temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.counterPage()->showCustomer(desk.customer);
    auto *complaintButton = child<QPushButton>(window.counterPage(), QStringLiteral("complaintButton"));
    REQUIRE(complaintButton);

    QString shown;
    bool stillOpen = false;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("contentTextEdit"))->setPlainText(QStringLiteral("   "));
        clickOk(dialog);
        auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
        shown = message->isVisible() ? message->text() : QString();
        stillOpen = dialog->isVisible();
        auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(complaintButton, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(stillOpen);
    CHECK(shown == QStringLiteral("Write down what the customer complains about."));
    CHECK(readValue(desk.temp.store().complaints().forCustomer(desk.customer)).isEmpty());
    CHECK(window.complaintsPage()->model()->rowCount() == 0);
}

TEST_CASE(
    "A call-back score of 0 is refused in the dialog; overdue complaints show in red", "[gui][complaints]")
{
    Desk desk;
    ComplaintService &service = desk.temp.store().complaints();
    ComplaintDraft draft;
    draft.customer = desk.customer;
    draft.content = QStringLiteral("拉链坏了");
    draft.takenBy = desk.clerk;
    const ComplaintId id = service.intake(draft).complaint->id;
    const QDateTime now = desk.temp.clock().now();
    REQUIRE(service.acknowledge(id, desk.clerk, now.addDays(1)).ok());
    REQUIRE(service.offerResolution(id, Resolution::Repair, Money()).ok());
    REQUIRE(service.resolve(id).ok());
    const ComplaintId late = service.intake(draft).complaint->id;
    desk.temp.clock().set(now.addSecs(3 * 3600 + 5 * 60));

    ComplaintsPage page(desk.temp.store());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1100, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.model()->rowCount() == 2);
    // The late one first: its response was due at 10:15, it is now 13:05.
    CHECK(page.model()->idAt(0) == std::optional<ComplaintId>(late));
    const QModelIndex timeLeft = page.model()->index(0, ComplaintsModel::TimeLeftColumn);
    CHECK(timeLeft.data().toString() == QStringLiteral("overdue by 2 h 50 min"));
    CHECK(timeLeft.data(Qt::ForegroundRole).isValid());
    // The resolved one waits for its call-back, and says so.
    CHECK(page.model()->index(1, ComplaintsModel::TimeLeftColumn).data().toString()
        == QStringLiteral("call back in 20 h 55 min"));
    // The time left is read whole: its column is as wide as its words and its header.
    auto *view = child<QTableView>(&page, QStringLiteral("complaintsView"));
    QHeaderView *header = view->horizontalHeader();
    for (int row = 0; row < 2; ++row)
        CHECK(header->sectionSize(ComplaintsModel::TimeLeftColumn)
            >= view->sizeHintForIndex(page.model()->index(row, ComplaintsModel::TimeLeftColumn)).width());
    CHECK(header->sectionSize(ComplaintsModel::TimeLeftColumn)
        >= header->sectionSizeHint(ComplaintsModel::TimeLeftColumn));
    CHECK_FALSE(view->wordWrap());
    CHECK(header->visualIndex(ComplaintsModel::TimeLeftColumn) == 1); // beside "Received at"

    page.select(id);
    auto *callback = child<QPushButton>(&page, QStringLiteral("step_called_back"));
    REQUIRE(callback);
    QString shown;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        clickOk(dialog); // the score is still "choose" (0)
        shown = child<QLabel>(dialog, QStringLiteral("messageLabel"))->text();
        child<QSpinBox>(dialog, QStringLiteral("satisfactionSpinBox"))->setValue(5);
        clickOk(dialog);
    });
    QTest::mouseClick(callback, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(shown.contains(QStringLiteral("1 to 5")));
    CHECK(readValue(service.find(id))->state == ComplaintState::CalledBack);
    CHECK(readValue(service.find(id))->satisfaction == std::optional<int>(5));
}

TEST_CASE("The analysis tab counts the complaints and draws the trend", "[gui][complaints]")
{
    Desk desk;
    // The analysis compares clerks: the manager reads it.
    desk.temp.store().shift().begin(Session{desk.clerk, QStringLiteral("小李"), Role::Manager});
    ComplaintDraft draft;
    draft.customer = desk.customer;
    draft.content = QStringLiteral("起球");
    draft.styleNumber = QStringLiteral("A26-1031");
    REQUIRE(desk.temp.store().complaints().intake(draft).ok());
    REQUIRE(desk.temp.store().complaints().intake(draft).ok());
    ComplaintAnalysisWidget analysis(desk.temp.store());
    QSignalSpy analysed(&analysis, &ComplaintAnalysisWidget::analysed);
    analysis.analyse(); // on a worker, acting as the manager at the counter
    REQUIRE(analysed.wait(5000));
    CHECK(analysis.figures().complaints == 2);
    CHECK(child<QLabel>(&analysis, QStringLiteral("complaintsLabel"))->text() == QStringLiteral("2"));
    auto *styles = child<QTableView>(&analysis, QStringLiteral("styleView"));
    REQUIRE(styles->model()->rowCount() == 1);
    CHECK(styles->model()->index(0, 0).data().toString() == QStringLiteral("A26-1031"));
    CHECK(analysis.figures().trend.last().count == 2);
    CHECK(ComplaintAnalysisWidget::durationText(95) == QStringLiteral("1 h 35 min"));
}

TEST_CASE("An analysis that cannot be read says so in place of its figures", "[gui][complaints]")
{
    Desk desk;
    desk.temp.store().shift().begin(Session{desk.clerk, QStringLiteral("小李"), Role::Manager});
    ComplaintDraft draft;
    draft.customer = desk.customer;
    draft.content = QStringLiteral("起球");
    REQUIRE(desk.temp.store().complaints().intake(draft).ok());
    ComplaintAnalysisWidget analysis(desk.temp.store());
    analysis.show();
    QSignalSpy analysed(&analysis, &ComplaintAnalysisWidget::analysed);
    analysis.analyse();
    REQUIRE(analysed.wait(5000));
    REQUIRE(analysis.figures().complaints == 1);
    auto *error = child<QLabel>(&analysis, QStringLiteral("readErrorLabel"));
    CHECK_FALSE(error->isVisible());

    dropTable(desk.temp.store(), QStringLiteral("complaints"));
    analysis.analyse();
    REQUIRE(analysed.wait(5000));
    CHECK(analysis.readFailed());
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("The complaint analysis could not be read.")));
    // Not a quiet period: no count of 0, no empty tables, no flat chart.
    CHECK(child<QLabel>(&analysis, QStringLiteral("complaintsLabel"))->text() != QStringLiteral("0"));
    CHECK_FALSE(child<QTableView>(&analysis, QStringLiteral("styleView"))->isVisible());
    CHECK_FALSE(child<QWidget>(&analysis, QStringLiteral("trendChartView"))->isVisible());
}

TEST_CASE("A complaints list that cannot be read says so instead of showing none", "[gui][complaints]")
{
    Desk desk;
    ComplaintsPage page(desk.temp.store());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, QStringLiteral("complaintsView"));
    auto *error = child<QLabel>(&page, QStringLiteral("listErrorLabel"));
    CHECK(view->isVisible());
    CHECK_FALSE(error->isVisible());

    dropTable(desk.temp.store(), QStringLiteral("complaints"));
    page.reload();
    CHECK_FALSE(view->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("could not be read")));
    CHECK(child<QLabel>(&page, QStringLiteral("countLabel"))->text().isEmpty());
}

TEST_CASE("Nothing chosen is not a failed read: the page and the intake say what to do", "[gui][complaints]")
{
    atelier::testing::TempStore temp;
    ComplaintsPage page(temp.store());
    page.show();
    auto *title = page.findChild<QLabel *>(QStringLiteral("detailTitleLabel"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("Select a complaint to see it and take the next step."));

    ComplaintIntakeDialog intake(temp.store(), std::nullopt);
    auto *customer = intake.findChild<QLabel *>(QStringLiteral("customerLabel"));
    REQUIRE(customer);
    CHECK(customer->text() == QStringLiteral("A caller who is not in the archive"));
}

namespace {

// A caller's complaint through the service, up to an offer; `phone` may be empty.
ComplaintId callerComplaintOffered(Desk &desk, const QString &name, const QString &phone)
{
    ComplaintService &service = desk.temp.store().complaints();
    ComplaintDraft draft;
    draft.channel = ComplaintChannel::Phone;
    draft.content = QStringLiteral("快递三天还没到");
    draft.callerName = name;
    draft.callerPhoneText = phone;
    draft.takenBy = desk.clerk;
    const ComplaintResult taken = service.intake(draft);
    REQUIRE(taken.ok());
    const ComplaintId id = taken.complaint->id;
    REQUIRE(service.acknowledge(id, desk.clerk, desk.temp.clock().now().addDays(1)).ok());
    REQUIRE(service.offerResolution(id, Resolution::Coupon, Money::fromYuan(20)).ok());
    return id;
}

// Desk's clerk is at the counter as a clerk already; said here so the test does not rest on that.
void beginAsClerk(Desk &desk)
{
    REQUIRE(desk.temp.store().shift().begin(Session{desk.clerk, QStringLiteral("小李"), Role::Clerk}));
}

} // namespace

TEST_CASE("A caller's complaint asks for her name and phone, comes by phone, and refuses a malformed number",
    "[gui][complaints][callers]")
{
    Desk desk;
    ComplaintsPage page(desk.temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *newComplaint = child<QPushButton>(&page, QStringLiteral("newComplaintButton"));
    REQUIRE(newComplaint);

    bool fieldsShown = false;
    QVariant channel;
    QString refused;
    bool stillOpen = false;
    int storedWhileOpen = -1;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        auto *name = child<QLineEdit>(dialog, QStringLiteral("callerNameLineEdit"));
        auto *phone = child<QLineEdit>(dialog, QStringLiteral("callerPhoneLineEdit"));
        fieldsShown = name && phone && name->isVisible() && phone->isVisible();
        channel = child<QComboBox>(dialog, QStringLiteral("channelComboBox"))->currentData();
        child<QPlainTextEdit>(dialog, QStringLiteral("contentTextEdit"))
            ->setPlainText(QStringLiteral("快递三天还没到"));
        if (!fieldsShown) {
            QTest::mouseClick(child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
            return;
        }
        typeText(name, QStringLiteral("王女士"));
        typeText(phone, QStringLiteral("138 0013 800")); // a digit short
        clickOk(dialog);
        auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
        refused = message->isVisible() ? message->text() : QString();
        stillOpen = dialog->isVisible();
        storedWhileOpen = int(readValue(desk.temp.store().complaints().list(ComplaintFilter{})).size());
        phone->clear();
        typeText(phone, QStringLiteral("138 0013 8000"));
        clickOk(dialog);
    });
    QTest::mouseClick(newComplaint, Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(fieldsShown);
    CHECK(channel.toInt() == int(ComplaintChannel::Phone));
    CHECK(stillOpen);
    CHECK(storedWhileOpen == 0);
    // The registration's own sentence for the same number.
    CHECK(refused == PhoneNumber::problemText(PhoneNumber::parse(QStringLiteral("138 0013 800")).problem));
    CHECK(refused
        == QStringLiteral("A mobile number has 11 digits; a landline is the area code plus 7 or 8 digits."));
    const QList<ComplaintRow> stored = readValue(desk.temp.store().complaints().list(ComplaintFilter{}));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().complaint.callerName == QStringLiteral("王女士"));
    CHECK(stored.first().complaint.callerPhone.digits() == QStringLiteral("13800138000"));
    CHECK(stored.first().complaint.channel == ComplaintChannel::Phone);

    // A customer's complaint asks for neither and keeps today's channel.
    ComplaintIntakeDialog forCustomer(desk.temp.store(), desk.customer);
    forCustomer.show();
    CHECK_FALSE(child<QLineEdit>(&forCustomer, QStringLiteral("callerNameLineEdit"))->isVisible());
    CHECK_FALSE(child<QLineEdit>(&forCustomer, QStringLiteral("callerPhoneLineEdit"))->isVisible());
    CHECK(child<QComboBox>(&forCustomer, QStringLiteral("channelComboBox"))->currentData().toInt()
        == int(ComplaintChannel::InStore));
}

TEST_CASE("Resolving a caller's complaint names the number to call, masked for a clerk",
    "[gui][complaints][callers]")
{
    Desk desk;
    const ComplaintId id
        = callerComplaintOffered(desk, QStringLiteral("王女士"), QStringLiteral("13800138000"));
    beginAsClerk(desk);
    ComplaintsPage page(desk.temp.store());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, ComplaintsModel::CustomerColumn).data().toString()
        == QStringLiteral("王女士 138****8000 (caller)"));
    page.select(id);
    const QString facts = child<QLabel>(&page, QStringLiteral("factsLabel"))->text();
    CHECK(facts.contains(QStringLiteral("138****8000")));
    CHECK_FALSE(facts.contains(QStringLiteral("0013")));

    auto *resolve = child<QPushButton>(&page, QStringLiteral("step_resolved"));
    REQUIRE(resolve);
    QString info;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        info = child<QLabel>(dialog, QStringLiteral("infoLabel"))->text();
        clickOk(dialog);
    });
    QTest::mouseClick(resolve, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(info.contains(QStringLiteral("call 王女士 back on 138****8000")));
    CHECK_FALSE(info.contains(QStringLiteral("by hand")));
    CHECK(readValue(desk.temp.store().complaints().find(id))->state == ComplaintState::Resolved);

    // The manager reads the whole number, in the list too.
    REQUIRE(desk.temp.store().shift().begin(Session{desk.clerk, QStringLiteral("小李"), Role::Manager}));
    CHECK(page.model()->index(0, ComplaintsModel::CustomerColumn).data().toString()
        == QStringLiteral("王女士 138 0013 8000 (caller)"));
}

TEST_CASE("Resolving a customer's complaint with a refund tells the clerk the compensation coupon's code",
    "[gui][complaints][coupons]")
{
    Desk desk;
    ComplaintService &service = desk.temp.store().complaints();
    ComplaintDraft draft;
    draft.customer = desk.customer;
    draft.content = QStringLiteral("面料起球");
    draft.takenBy = desk.clerk;
    const ComplaintId id = service.intake(draft).complaint->id;
    REQUIRE(service.acknowledge(id, desk.clerk, desk.temp.clock().now().addDays(1)).ok());
    REQUIRE(service.offerResolution(id, Resolution::Refund, Money::fromYuan(399)).ok());
    ComplaintsPage page(desk.temp.store());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.select(id);
    auto *resolve = child<QPushButton>(&page, QStringLiteral("step_resolved"));
    REQUIRE(resolve);

    QString shown;
    bool stayedOpen = false;
    bool onlyClose = false;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        clickOk(dialog);
        // Resolved; the dialog stays until the clerk has read the code out.
        stayedOpen = dialog->isVisible();
        shown = child<QLabel>(dialog, QStringLiteral("couponLabel"))->text();
        auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
        onlyClose = buttons->buttons().size() == 1 && buttons->button(QDialogButtonBox::Close);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    });
    QTest::mouseClick(resolve, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(stayedOpen);
    CHECK(onlyClose);
    CHECK(readValue(service.find(id))->state == ComplaintState::Resolved);
    const QList<Coupon> coupons = readValue(desk.temp.store().coupons().list(desk.customer, true));
    REQUIRE(coupons.size() == 1);
    CHECK(coupons.front().reason == CouponReason::Complaint);
    CHECK(shown
        == QStringLiteral("Hand over the compensation coupon %1: ¥200.00 off, valid to %2.")
               .arg(
                   coupon_code::display(coupons.front().code), DisplayFormat::date(coupons.front().validTo)));
    CHECK(page.findChild<ComplaintStepDialog *>() == nullptr);
}

TEST_CASE("The offer to register a caller opens the registration prefilled and links the complaint",
    "[gui][complaints][callers]")
{
    Desk desk;
    const ComplaintId id
        = callerComplaintOffered(desk, QStringLiteral("王女士"), QStringLiteral("13800138000"));
    REQUIRE(desk.temp.store().shift().begin(Session{desk.clerk, QStringLiteral("小李"), Role::Manager}));
    ComplaintsPage page(desk.temp.store());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.select(id);
    auto *offer = child<QPushButton>(&page, QStringLiteral("registerCallerButton"));
    REQUIRE(offer);
    REQUIRE(offer->isVisible());

    QString name;
    QString phone;
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        name = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text();
        phone = child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit"))->text();
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    QTest::mouseClick(offer, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(name == QStringLiteral("王女士"));
    CHECK(phone == QStringLiteral("13800138000"));
    const std::optional<Complaint> linked = readValue(desk.temp.store().complaints().find(id));
    REQUIRE(linked->customer.has_value());
    CHECK(readValue(desk.temp.store().customers().load(*linked->customer))->customer.phone.digits()
        == QStringLiteral("13800138000"));
    REQUIRE(waitFor([&] { return !offer->isVisible(); }));
    CHECK(page.model()->index(0, ComplaintsModel::CustomerColumn).data().toString()
        == QStringLiteral("王女士"));
}

TEST_CASE("A clerk's offer to register a caller brings the name but not the masked number",
    "[gui][complaints][callers]")
{
    Desk desk;
    const ComplaintId id
        = callerComplaintOffered(desk, QStringLiteral("王女士"), QStringLiteral("13800138000"));
    beginAsClerk(desk);
    ComplaintsPage page(desk.temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.select(id);
    auto *offer = child<QPushButton>(&page, QStringLiteral("registerCallerButton"));
    REQUIRE(offer);
    QString name;
    QString phone = QStringLiteral("unread");
    const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
        name = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text();
        phone = child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit"))->text();
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
    });
    QTest::mouseClick(offer, Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(name == QStringLiteral("王女士"));
    CHECK(phone.isEmpty());
    CHECK_FALSE(readValue(desk.temp.store().complaints().find(id))->customer.has_value());
}

TEST_CASE("A resolved complaint's clock reads as the call-back it waits for", "[gui][complaints]")
{
    const QDateTime now(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600));
    ComplaintRow resolved;
    resolved.complaint.id = 1;
    resolved.complaint.state = ComplaintState::Resolved;
    resolved.complaint.receivedAt = now.addDays(-2);
    resolved.complaint.resolvedAt = now.addSecs(-60); // the call-back is due 24 h after
    ComplaintRow late = resolved;
    late.complaint.id = 2;
    late.complaint.resolvedAt = now.addSecs(-25 * 3600);
    ComplaintsModel model;
    model.setComplaints({resolved, late}, ServiceRules(), now, {});
    CHECK(model.index(0, ComplaintsModel::TimeLeftColumn).data().toString()
        == QStringLiteral("call back in 23 h 59 min"));
    CHECK(model.index(1, ComplaintsModel::TimeLeftColumn).data().toString()
        == QStringLiteral("call-back overdue by 1 h 0 min"));
}
