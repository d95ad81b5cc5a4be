#include "gui_test_helpers.h"

#include "gui/campaigns/campaign_copies_dialog.h"
#include "gui/campaigns/campaign_list_model.h"
#include "gui/campaigns/campaigns_page.h"
#include "gui/campaigns/new_campaign_dialog.h"
#include "gui/main_window.h"
#include "services/campaign_service.h"
#include "services/counter_shift.h"
#include "services/demo_store.h"
#include "services/message_templates.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QDate lastSalesDay(2026, 6, 14); // TempStore's today is 15 June

// A demo store of 600 customers with a nightly run's segments and tiers, made once for the tests here,
// with a manager and a clerk to take the counter.
struct CampaignShop
{
    TempStore temp;
    StaffId manager = 0;
    StaffId clerk = 0;

    CampaignShop()
    {
        DemoStoreGenerator::Options options;
        options.customers = 600;
        options.years = 2;
        options.seed = 21;
        options.endDate = lastSalesDay;
        REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());
        NightlyJob job(temp.store().database(), temp.clock());
        job.setBackupAfterRun(false);
        REQUIRE(job.run(lastSalesDay, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
        StaffRepository staff(temp.store().database().connection());
        manager = staff.insert(QStringLiteral("测试店长"), true);
        clerk = staff.insert(QStringLiteral("测试店员"), false);
    }
    Store &store() { return temp.store(); }
    void asManager()
    {
        REQUIRE(store().shift().begin(Session{manager, QStringLiteral("测试店长"), Role::Manager}));
    }
    void asClerk()
    {
        REQUIRE(store().shift().begin(Session{clerk, QStringLiteral("测试店员"), Role::Clerk}));
    }
};

std::unique_ptr<CampaignShop> sharedShop;

CampaignShop &shop()
{
    if (!sharedShop) {
        sharedShop = std::make_unique<CampaignShop>();
        // Closed while the application (and Qt SQL) still exist, not among the static destructors.
        qAddPostRoutine([] { sharedShop.reset(); });
    }
    return *sharedShop;
}

NewCampaignDialog *openNewCampaign(CampaignsPage *page)
{
    child<QPushButton>(page, QStringLiteral("newCampaignButton"))->click();
    auto *dialog = page->findChild<NewCampaignDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

// The preview a moment after the last change has come back from the worker.
bool previewed(NewCampaignDialog *dialog)
{
    return waitFor([dialog] { return !dialog->isBusy(); }, 20000);
}

bool settled(CampaignsPage *page)
{
    return waitFor([page] { return !page->isBusy(); }, 20000);
}

void checkSegment(NewCampaignDialog *dialog, const QString &code)
{
    auto *segments = child<QListWidget>(dialog, QStringLiteral("segmentList"));
    for (int i = 0; i < segments->count(); ++i)
        if (segments->item(i)->data(Qt::UserRole).toString() == code)
            segments->item(i)->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("A manager creates a campaign through the dialog and reads its effect beside the holdout",
    "[gui][campaigns]")
{
    CampaignShop &s = shop();
    s.asManager();
    MainWindow window(s.store());
    window.resize(1280, 800);
    window.show();
    window.showPage(window.campaignsPage());
    CampaignsPage *page = window.campaignsPage();
    REQUIRE(page->isVisible());
    QAbstractItemModelTester tester(page->model());
    REQUIRE(settled(page));

    NewCampaignDialog *dialog = openNewCampaign(page);
    auto *name = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
    QTest::keyClicks(name, QStringLiteral("Spring member day"));
    // A promotion already run: April, evaluated now.
    child<QDateEdit>(dialog, QStringLiteral("firstDayEdit"))->setDate(QDate(2026, 4, 1));
    child<QDateEdit>(dialog, QStringLiteral("lastDayEdit"))->setDate(QDate(2026, 4, 30));
    checkSegment(dialog, QStringLiteral("active"));
    checkSegment(dialog, QStringLiteral("lapsing"));
    child<QCheckBox>(dialog, QStringLiteral("noTierCheckBox"))->click();
    child<QCheckBox>(dialog, QStringLiteral("silverCheckBox"))->click();
    auto *holdout = child<QSpinBox>(dialog, QStringLiteral("holdoutSpinBox"));
    holdout->selectAll();
    QTest::keyClicks(holdout, QStringLiteral("20"));
    CHECK(holdout->value() == 20);
    REQUIRE(previewed(dialog));
    INFO(dialog->refusal().toStdString());
    REQUIRE(dialog->refusal().isEmpty());
    CHECK(dialog->previewText().contains(QStringLiteral("invited")));
    auto *create = child<QPushButton>(dialog, QStringLiteral("createButton"));
    REQUIRE(create->isEnabled());

    QSignalSpy created(dialog, &NewCampaignDialog::created);
    create->click();
    REQUIRE(created.wait(20000));
    const CampaignId id = created.at(0).at(0).value<CampaignId>();
    REQUIRE(waitFor(
        [page, id] { return page->currentCampaign() == id && page->shownEffect().has_value(); }, 20000));
    REQUIRE(settled(page));

    // The list: the new campaign with its split.
    const CampaignSummary *summary = page->model()->at(page->model()->rowOf(id));
    REQUIRE(summary);
    CHECK(summary->campaign.name == QStringLiteral("Spring member day"));
    CHECK(summary->campaign.holdoutPercent == 20);
    CHECK(summary->invited > 0);
    CHECK(summary->holdout > 0);
    CHECK(page->model()
              ->data(page->model()->index(page->model()->rowOf(id), CampaignListModel::NameColumn))
              .toString()
        == QStringLiteral("Spring member day"));

    // The effect: both groups side by side, as many customers as the audience has.
    auto *table = child<QTableWidget>(page, QStringLiteral("effectTable"));
    REQUIRE(table->columnCount() == 2);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Invited"));
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Holdout"));
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("Customers"));
    CHECK(table->item(0, 0)->text() == QLocale().toString(summary->invited));
    CHECK(table->item(0, 1)->text() == QLocale().toString(summary->holdout));
    CHECK(table->rowCount() == 10); // a member day is an event: will come, won't come, came (issue 22)
    // The lifts in plain words, as the service words them.
    const CampaignEffect effect = *page->shownEffect();
    CHECK(effect.attributionDays == CampaignService::defaultAttributionDays);
    CHECK(child<QLabel>(page, QStringLiteral("conversionLabel"))->text()
        == CampaignService::describeConversion(effect));
    CHECK(child<QLabel>(page, QStringLiteral("revenueLabel"))->text()
        == CampaignService::describeRevenue(effect));
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("conversionLabel"))->text().isEmpty());

    // Fewer attribution days count fewer purchases, never more (0 is allowed).
    auto *days = child<QSpinBox>(page, QStringLiteral("attributionSpinBox"));
    days->setValue(0);
    REQUIRE(
        waitFor([page] { return page->shownEffect() && page->shownEffect()->attributionDays == 0; }, 20000));
    CHECK(page->shownEffect()->invited.buyers <= effect.invited.buyers);
    CHECK(page->shownEffect()->lastCountedDay == QDate(2026, 4, 30));

    // The effect as CSV: UTF-8 with a BOM, the header, both groups and the lifts.
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("effect.csv"));
    QSignalSpy exported(page, &CampaignsPage::effectExported);
    page->exportEffect(file);
    REQUIRE(exported.wait(20000));
    CHECK(exported.at(0).at(0).toBool());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0).startsWith(QStringLiteral("Group,Customers,Buyers")));
    CHECK(lines.at(1).startsWith(QStringLiteral("Invited,%1,").arg(summary->invited)));
    CHECK(lines.at(2).startsWith(QStringLiteral("Holdout,%1,").arg(summary->holdout)));
}

TEST_CASE("Message copies fill the invitations and count them as sent", "[gui][campaigns]")
{
    CampaignShop &s = shop();
    s.asManager();
    CampaignDraft draft;
    draft.name = QStringLiteral("Copies");
    draft.firstDay = QDate(2026, 6, 15);
    draft.lastDay = QDate(2026, 6, 21);
    draft.filters.tiers = {Tier::Gold};
    const CampaignResult<CampaignId> made = s.store().campaigns().create(draft);
    INFO(made.error.toStdString());
    REQUIRE(made.ok());
    CampaignsPage page(s.store());
    page.show();
    REQUIRE(settled(&page));
    REQUIRE(page.selectCampaign(*made.value));
    const int invited = page.model()->at(page.model()->rowOf(*made.value))->invited;
    REQUIRE(invited > 0);
    CHECK(page.model()->at(page.model()->rowOf(*made.value))->invitationsSent == 0);

    CampaignCopiesDialog *dialog = page.makeCopies();
    REQUIRE(dialog);
    QSignalSpy madeCopies(dialog, &CampaignCopiesDialog::copiesMade);
    child<QPushButton>(dialog, QStringLiteral("makeButton"))->click();
    REQUIRE(madeCopies.wait(20000));
    const int copies = madeCopies.at(0).at(0).toInt();
    CHECK(copies == dialog->copies().size());
    CHECK(copies > 0);
    CHECK(copies <= invited);
    CHECK(child<QTableWidget>(dialog, QStringLiteral("copiesTable"))->rowCount() == copies);
    CHECK_FALSE(dialog->copies().first().text.isEmpty());
    // The page reads the list again: the invitations are counted as sent.
    const CampaignId id = *made.value;
    REQUIRE(waitFor(
        [&page, id, copies] {
            const CampaignSummary *summary = page.model()->at(page.model()->rowOf(id));
            return summary && summary->invitationsSent == copies;
        },
        20000));
    dialog->reject();
}

TEST_CASE(
    "A filter that leaves nobody is refused beside the filters and Create stays disabled", "[gui][campaigns]")
{
    CampaignShop &s = shop();
    s.asManager();
    CampaignsPage page(s.store());
    page.show();
    NewCampaignDialog *dialog = openNewCampaign(&page);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit")), QStringLiteral("Nobody"));
    auto *create = child<QPushButton>(dialog, QStringLiteral("createButton"));
    REQUIRE(previewed(dialog));
    CHECK(create->isEnabled());
    auto *refusal = child<QLabel>(dialog, QStringLiteral("refusalLabel"));
    CHECK_FALSE(refusal->isVisible());

    QTest::keyClicks(
        child<QLineEdit>(dialog, QStringLiteral("sizesLineEdit")), QStringLiteral("XXXXXL-none"));
    REQUIRE(previewed(dialog));
    CHECK_FALSE(dialog->refusal().isEmpty());
    CHECK(refusal->isVisible());
    CHECK(dialog->previewText().isEmpty());
    CHECK_FALSE(create->isEnabled());

    // Back to a real audience: Create again; then reversed days: refused at once, said beside them.
    child<QLineEdit>(dialog, QStringLiteral("sizesLineEdit"))->clear();
    REQUIRE(previewed(dialog));
    CHECK(create->isEnabled());
    child<QDateEdit>(dialog, QStringLiteral("lastDayEdit"))->setDate(QDate(2026, 1, 1));
    REQUIRE(previewed(dialog));
    CHECK(dialog->refusal() == QStringLiteral("The last day comes before the first day."));
    CHECK_FALSE(create->isEnabled());
    dialog->reject();
}

TEST_CASE("A holdout of 0 % warns that nothing can be measured", "[gui][campaigns]")
{
    CampaignShop &s = shop();
    s.asManager();
    CampaignsPage page(s.store());
    page.show();
    NewCampaignDialog *dialog = openNewCampaign(&page);
    auto *warning = child<QLabel>(dialog, QStringLiteral("holdoutWarningLabel"));
    CHECK_FALSE(warning->isVisible());
    child<QSpinBox>(dialog, QStringLiteral("holdoutSpinBox"))->setValue(0);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("cannot be measured")));
    dialog->reject();
}

TEST_CASE("A clerk does not see the Campaigns page", "[gui][campaigns]")
{
    CampaignShop &s = shop();
    s.asManager();
    MainWindow window(s.store());
    window.show();
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigationList"));
    const int campaignsRow = 6;
    REQUIRE(navigation->item(campaignsRow)->text() == QStringLiteral("Campaigns"));
    CHECK_FALSE(navigation->item(campaignsRow)->isHidden());
    window.showPage(window.campaignsPage());
    s.asClerk();
    CHECK(navigation->item(campaignsRow)->isHidden());
    CHECK(navigation->currentRow() == 0);
    s.asManager();
}
