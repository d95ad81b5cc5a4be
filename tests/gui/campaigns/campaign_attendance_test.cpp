// Issue 22: attendance recorded on the customer's card at the counter shows in the campaign's effect.
#include "gui_test_helpers.h"

#include "gui/campaigns/campaigns_page.h"
#include "gui/counter/card_invitations_widget.h"
#include "gui/counter/counter_page.h"
#include "print/monthly_report_pdf.h"
#include "services/campaign_service.h"
#include "services/customer_service.h"
#include "services/reports.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

// A customer who accepts promotions.
CustomerId promotable(TempStore &temp, int n)
{
    const SaveResult made = temp.store().customers().registerCustomer(
        QStringLiteral("顾客") + QChar(u'甲' + n), QStringLiteral("139%1").arg(n, 8, 10, QLatin1Char('0')));
    INFO(made.message.toStdString());
    REQUIRE(made.id);
    const ReadResult<std::optional<CustomerArchive>> read = temp.store().customers().load(*made.id);
    REQUIRE(read.ok());
    REQUIRE(read.value->has_value());
    CustomerArchive archive = **read.value;
    archive.customer.consentMarketing = true;
    REQUIRE(temp.store().customers().save(archive).ok());
    return *made.id;
}

} // namespace

TEST_CASE("A clerk records attendance on the card and the Campaigns page shows it in the effect",
    "[gui][campaigns][attendance]")
{
    TempStore temp; // today: 15 June 2026
    for (int i = 1; i <= 10; ++i)
        promotable(temp, i);
    CampaignDraft draft;
    draft.name = QStringLiteral("六月会员日");
    draft.kind = CampaignKind::MemberDay;
    draft.firstDay = temp.clock().today();
    draft.lastDay = temp.clock().today().addDays(1);
    draft.holdoutPercent = 20;
    draft.seed = 5;
    const CampaignId campaign = *temp.store().campaigns().create(draft).value;
    CustomerId invited = 0;
    CustomerId heldOut = 0;
    const QList<CampaignMember> members = *temp.store().campaigns().members(campaign).value;
    for (const CampaignMember &m : members)
        (m.group == CampaignGroup::Invited ? invited : heldOut) = m.customer;
    REQUIRE(invited != 0);
    const QString id = QString::number(campaign);

    CounterPage counter(temp.store());
    counter.show();
    REQUIRE(QTest::qWaitForWindowExposed(&counter));
    counter.showCustomer(heldOut);
    auto *invitations = counter.findChild<CardInvitationsWidget *>();
    REQUIRE(invitations);
    CHECK(invitations->invitations().isEmpty()); // the holdout was never invited
    CHECK(invitations->isHidden());

    counter.showCustomer(invited);
    REQUIRE(waitFor([&] { return child<QPushButton>(&counter, QStringLiteral("cameButton_") + id); }));
    CHECK(invitations->isVisible());
    QTest::mouseClick(child<QPushButton>(&counter, QStringLiteral("willComeButton_") + id), Qt::LeftButton);
    REQUIRE(waitFor([&] {
        auto *b = child<QPushButton>(&counter, QStringLiteral("willComeButton_") + id);
        return b && !b->isEnabled();
    }));
    QTest::mouseClick(child<QPushButton>(&counter, QStringLiteral("cameButton_") + id), Qt::LeftButton);
    REQUIRE(waitFor([&] {
        auto *label = child<QLabel>(&counter, QStringLiteral("invitationLabel_") + id);
        return label && label->text().contains(QStringLiteral("came on"));
    }));
    CHECK(invitations->message().isEmpty());
    CHECK_FALSE(child<QPushButton>(&counter, QStringLiteral("cameButton_") + id)->isEnabled());

    CampaignsPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(waitFor([&] { return !page.isBusy() && page.shownEffect().has_value(); }, 20000));
    REQUIRE(page.currentCampaign() == campaign);
    CHECK(page.shownEffect()->invited.attended == 1);
    CHECK(page.shownEffect()->invited.rsvpYes == 1);
    auto *table = child<QTableWidget>(&page, QStringLiteral("effectTable"));
    int came = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->verticalHeaderItem(row)
            && table->verticalHeaderItem(row)->text() == QStringLiteral("Came"))
            came = row;
    REQUIRE(came >= 0);
    CHECK(table->item(came, 0)->text() == QStringLiteral("1"));
    CHECK(table->item(came, 1)->text() == QStringLiteral("–"));
}

TEST_CASE("The monthly PDF has a section with the campaigns that ran in the month", "[gui][campaigns][pdf]")
{
    TempStore temp; // today: 15 June 2026
    for (int i = 11; i <= 16; ++i)
        promotable(temp, i);
    CampaignDraft draft;
    draft.name = QStringLiteral("VIP私享会");
    draft.kind = CampaignKind::VipFitting;
    draft.firstDay = QDate(2026, 6, 1);
    draft.lastDay = QDate(2026, 6, 3);
    draft.holdoutPercent = 34;
    draft.seed = 9;
    REQUIRE(temp.store().campaigns().create(draft).ok());

    const ReadResult<ReportSet> june = temp.store().reports().all(ReportPeriod::month(2026, 6));
    REQUIRE(june.ok());
    MonthlyReportPdf pdf(QStringLiteral("衣橱时装店"), *june.value);
    const QString text = pdf.plainText();
    CHECK(text.contains(QStringLiteral("Campaigns that ran this month")));
    CHECK(text.contains(QStringLiteral("VIP私享会")));
    CHECK(text.contains(QStringLiteral("Will come / came")));

    const ReadResult<ReportSet> may = temp.store().reports().all(ReportPeriod::month(2026, 5));
    REQUIRE(may.ok());
    CHECK(MonthlyReportPdf(QStringLiteral("衣橱时装店"), *may.value)
              .plainText()
              .contains(QStringLiteral("No campaign ran this month.")));
}
