#include "campaigns/screenshots_campaigns.h"

#include "screenshots_forecast.h"

#include "gui/campaigns/campaign_list_model.h"
#include "gui/campaigns/campaigns_page.h"
#include "gui/campaigns/new_campaign_dialog.h"
#include "gui/main_window.h"
#include "services/campaign_service.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <cstdio>

namespace atelier::testing {

namespace {

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

bool addCampaigns(Store &store)
{
    CampaignDraft spring;
    spring.name = QStringLiteral("春季会员日");
    spring.kind = CampaignKind::MemberDay;
    spring.firstDay = QDate(2026, 4, 10);
    spring.lastDay = QDate(2026, 4, 19);
    spring.filters.segments
        = {QStringLiteral("active"), QStringLiteral("potential"), QStringLiteral("lapsing")};
    spring.seed = 2026;
    spring.offer = CampaignOffer{OfferKind::Amount, 5000, Money::fromYuan(300)};
    CampaignDraft fitting;
    fitting.name = QStringLiteral("VIP 夏装私享试穿");
    fitting.kind = CampaignKind::VipFitting;
    fitting.firstDay = QDate(2026, 5, 20);
    fitting.lastDay = QDate(2026, 5, 24);
    fitting.filters.tiers = {Tier::Gold, Tier::Black};
    fitting.holdoutPercent = 20;
    fitting.seed = 7;
    for (const CampaignDraft &draft : {spring, fitting}) {
        const CampaignResult<CampaignId> made = store.campaigns().create(draft);
        if (!made.ok()) {
            std::fprintf(stderr, "campaign not created: %s\n", qPrintable(made.error));
            return false;
        }
    }
    return true;
}

} // namespace

void shootCampaigns(const QString &folder, const QString &suffix)
{
    // The forecasts' demo store, with two campaigns added the first time.
    TempStore *temp = forecastStore();
    static bool added = temp && addCampaigns(temp->store());
    if (!added) {
        std::fprintf(stderr, "the campaign demo store could not be made\n");
        return;
    }
    MainWindow window(temp->store());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "campaign window not exposed\n");
    CampaignsPage *page = window.campaignsPage();
    window.showPage(page);
    // The oldest campaign, the demo store's member day: its invitations sent, coupons redeemed and an
    // effect the holdout can tell from chance.
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, 20000))
        std::fprintf(stderr, "the campaigns were not read in time\n");
    if (page->model()->rowCount() > 1)
        page->selectCampaign(page->model()->at(page->model()->rowCount() - 1)->campaign.id);
    if (!QTest::qWaitFor([page] { return !page->isBusy() && page->shownEffect(); }, 20000))
        std::fprintf(stderr, "the effect was not read in time\n");
    save(&window, folder, QStringLiteral("campaigns_") + suffix);

    NewCampaignDialog *dialog = page->newCampaign();
    dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("秋季新品预览"));
    dialog->findChild<QComboBox *>(QStringLiteral("offerKindComboBox"))->setCurrentIndex(1); // amount off
    dialog->findChild<QLineEdit *>(QStringLiteral("offerAmountLineEdit"))->setText(QStringLiteral("50"));
    dialog->findChild<QLineEdit *>(QStringLiteral("minSpendLineEdit"))->setText(QStringLiteral("300"));
    auto *segments = dialog->findChild<QListWidget *>(QStringLiteral("segmentList"));
    for (int i = 0; i < segments->count(); ++i) {
        const QString code = segments->item(i)->data(Qt::UserRole).toString();
        if (code == QStringLiteral("vip") || code == QStringLiteral("active"))
            segments->item(i)->setCheckState(Qt::Checked);
    }
    if (!QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000))
        std::fprintf(stderr, "the audience preview was not read in time\n");
    save(dialog, folder, QStringLiteral("campaign_new_") + suffix);
    // A filter that leaves nobody: refused beside the filters.
    dialog->findChild<QLineEdit *>(QStringLiteral("sizesLineEdit"))->setText(QStringLiteral("XXXXXL"));
    if (!QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000))
        std::fprintf(stderr, "the audience preview was not read in time\n");
    save(dialog, folder, QStringLiteral("campaign_new_refused_") + suffix);
    dialog->reject();
}

} // namespace atelier::testing
