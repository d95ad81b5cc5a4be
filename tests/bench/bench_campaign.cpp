// bench_campaign DB: times a campaign's audience with three filters (segment, tier, last-purchase
// window) and a campaign's effect report, on a store the nightly job has scored (run `atelier-cli
// nightly --db DB --as-of 2026-06-30` first, on a copy: this writes campaigns and coupons into it).
// Each read five times; prints the median and the worst as markdown rows. Budget: < 1 s each.
#include "bench_support.h"

#include "services/campaign_service.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace atelier;

namespace {

void time(const char *what, const std::function<int()> &run, int runs = 5)
{
    QList<double> ms;
    int size = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        size = run();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf(
        "| %s | %d | %.0f ms | %.0f ms |\n", what, size, bench::median(ms), bench::percentile(ms, 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_campaign DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    CampaignService &campaigns = store.campaigns();

    AudienceFilters three;
    three.segments = {QStringLiteral("active"), QStringLiteral("potential"), QStringLiteral("lapsing")};
    three.tiers = {Tier::Silver, Tier::Gold};
    three.lastPurchaseFrom = QDate(2026, 1, 1);
    AudienceFilters all;

    std::printf("| what | customers | median | max |\n|---|---|---|---|\n");
    time("audience preview, 3 filters (segment, tier, last purchase)", [&] {
        const CampaignResult<AudiencePreview> preview = campaigns.preview(three);
        return preview.ok() ? preview.value->customers : -1;
    });
    time("audience preview, no filter (everyone with consent)", [&] {
        const CampaignResult<AudiencePreview> preview = campaigns.preview(all);
        return preview.ok() ? preview.value->customers : -1;
    });

    CampaignDraft draft;
    draft.name = QStringLiteral("bench");
    draft.firstDay = QDate(2026, 5, 1);
    draft.lastDay = QDate(2026, 5, 31);
    draft.seed = 1;
    draft.filters = three;
    draft.offer = CampaignOffer{OfferKind::Amount, 5000, Money::fromYuan(300)};
    CampaignId threeId = 0;
    time(
        "create, 3 filters, with coupons (freeze + holdout + offer)",
        [&] {
            const CampaignResult<CampaignId> created = campaigns.create(draft);
            threeId = created.value.value_or(0);
            return created.ok() ? int(campaigns.members(threeId).value->size()) : -1;
        },
        3);
    draft.filters = all;
    draft.offer.reset();
    const CampaignResult<CampaignId> everyone = campaigns.create(draft);
    if (!everyone.ok()) {
        std::fprintf(stderr, "campaign not created: %s\n", qPrintable(everyone.error));
        return 1;
    }
    time("report, 3-filter campaign (May, 14 attribution days)", [&] {
        const CampaignResult<CampaignEffect> effect = campaigns.effect(threeId);
        return effect.ok() ? effect.value->invited.customers + effect.value->holdout.customers : -1;
    });
    time("report, campaign to everyone with consent", [&] {
        const CampaignResult<CampaignEffect> effect = campaigns.effect(*everyone.value);
        return effect.ok() ? effect.value->invited.customers + effect.value->holdout.customers : -1;
    });
    return 0;
}
