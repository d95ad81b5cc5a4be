#include "commands.h"

#include "services/campaign_service.h"
#include "services/store.h"

namespace atelier::cli {

namespace {

// A campaign's result: bad input (exit 2) or a failure (exit 1), with its sentence on stderr.
template <typename T> int refusedOrFailed(const CampaignResult<T> &result)
{
    return result.badInput ? badInput(result.error) : readFailed(result.error);
}

std::optional<CampaignId> takeCampaignId(CommandLine &line)
{
    const std::optional<QString> word = line.takeWord();
    bool ok = false;
    const CampaignId id = word ? word->toLongLong(&ok) : 0;
    if (!line.failed() && (!ok || id < 1))
        line.fail(word ? Cli::tr("\"%1\" is not a campaign id; give the number `campaign create` printed.")
                             .arg(*word)
                       : Cli::tr("Say which campaign: its id, as `campaign create` printed it."));
    return line.failed() ? std::nullopt : std::optional<CampaignId>(id);
}

QStringList takeAll(CommandLine &line, const QString &name)
{
    QStringList values;
    while (const std::optional<QString> value = line.take(name))
        values << *value;
    return values;
}

int create(CommandLine &line, const QString &databasePath)
{
    CampaignDraft draft;
    const std::optional<QString> name = line.require(QStringLiteral("name"));
    const std::optional<QDate> from = line.takeDate(QStringLiteral("from"));
    const std::optional<QDate> to = line.takeDate(QStringLiteral("to"));
    if (!line.failed() && (!from || !to))
        line.fail(Cli::tr("A campaign needs --from and --to, its first and last day (YYYY-MM-DD)."));
    if (const std::optional<QString> kind = line.take(QStringLiteral("kind")); kind && !line.failed()) {
        if (const auto parsed = campaignKindFromCode(*kind))
            draft.kind = *parsed;
        else
            line.fail(Cli::tr("There is no campaign kind \"%1\". The kinds are: %2.")
                          .arg(*kind, CampaignService::kindCodes().join(QStringLiteral(", "))));
    }
    draft.filters.segments = takeAll(line, QStringLiteral("segment"));
    for (const QString &tier : takeAll(line, QStringLiteral("tier"))) {
        if (!CampaignService::tierCodes().contains(tier)) {
            line.fail(Cli::tr("There is no tier \"%1\". The tiers are: %2.")
                          .arg(tier, CampaignService::tierCodes().join(QStringLiteral(", "))));
            break;
        }
        draft.filters.tiers << (tier == QStringLiteral("none") ? Tier::None : tierFromCode(tier));
    }
    draft.filters.tags = takeAll(line, QStringLiteral("tag"));
    // Slow stock (issue 22): the style numbers or categories and the sizes still in stock.
    draft.filters.slowStock.styles = takeAll(line, QStringLiteral("slow-style"));
    draft.filters.slowStock.categories = takeAll(line, QStringLiteral("slow-category"));
    draft.filters.slowStock.sizes = takeAll(line, QStringLiteral("slow-size"));
    draft.filters.slowStock.styleTags = takeAll(line, QStringLiteral("slow-style-tag"));
    const std::optional<QString> holdoutText = line.take(QStringLiteral("holdout"));
    if (holdoutText && !line.failed()) {
        bool ok = false;
        const int percent = holdoutText->toInt(&ok);
        if (!ok || percent < 0 || percent > 99)
            line.fail(Cli::tr("--holdout is a whole percent from 0 to 99, not \"%1\".").arg(*holdoutText));
        else
            draft.holdoutPercent = percent;
    }
    draft.seed = line.takeUnsigned(QStringLiteral("seed"));
    const std::optional<qint64> couponFen = line.takeNumber(QStringLiteral("coupon-fen"), 1, 100'000'000);
    const std::optional<qint64> minFen = line.takeNumber(QStringLiteral("coupon-min-fen"), 0, 100'000'000);
    if (minFen && !couponFen && !line.failed())
        line.fail(Cli::tr("--coupon-min-fen goes with --coupon-fen, the coupon's value."));
    if (!line.finish())
        return badInput(line.error());
    draft.name = *name;
    draft.firstDay = *from;
    draft.lastDay = *to;
    if (couponFen)
        draft.offer = CampaignOffer{OfferKind::Amount, *couponFen, Money::fromFen(minFen.value_or(0))};

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const CampaignResult<CampaignId> created = store.campaigns().create(draft);
    if (!created.ok())
        return refusedOrFailed(created);
    if (!created.warning.isEmpty())
        printError(QStringLiteral("atelier-cli: ") + created.warning + u'\n');
    printOut(QString::number(*created.value) + u'\n');
    return Success;
}

int audience(CommandLine &line, const QString &databasePath)
{
    const std::optional<CampaignId> id = takeCampaignId(line);
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const CampaignResult<QList<CampaignMember>> members = store.campaigns().members(*id);
    if (!members.ok())
        return refusedOrFailed(members);
    // A fixed header and codes, whatever the language: this output is for scripts.
    QString text = QStringLiteral("customer_id,group\n");
    for (const CampaignMember &member : *members.value)
        text += csvLine({QString::number(member.customer), toCode(member.group)});
    printOut(text);
    return Success;
}

int report(CommandLine &line, const QString &databasePath)
{
    const std::optional<qint64> days = line.takeNumber(QStringLiteral("attribution-days"), 0, 3660);
    const std::optional<CampaignId> id = takeCampaignId(line);
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const CampaignResult<CampaignEffect> effect
        = store.campaigns().effect(*id, int(days.value_or(CampaignService::defaultAttributionDays)));
    if (!effect.ok())
        return refusedOrFailed(effect);
    QString text = QStringLiteral("group,customers,buyers,revenue_fen,coupons_redeemed\n");
    const auto row = [&text](CampaignGroup group, const GroupFigures &figures) {
        text += csvLine({toCode(group), QString::number(figures.customers), QString::number(figures.buyers),
            QString::number(figures.revenue.fen()), QString::number(figures.couponsRedeemed)});
    };
    row(CampaignGroup::Invited, effect.value->invited);
    row(CampaignGroup::Holdout, effect.value->holdout);
    printOut(text);
    printError(CampaignService::describeConversion(*effect.value) + u'\n'
        + CampaignService::describeRevenue(*effect.value) + u'\n');
    return Success;
}

} // namespace

int runCampaign(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> action = line.takeLeadingWord();
    if (action == QStringLiteral("create"))
        return create(line, databasePath);
    if (action == QStringLiteral("audience"))
        return audience(line, databasePath);
    if (action == QStringLiteral("report"))
        return report(line, databasePath);
    return badInput(action
            ? Cli::tr("Unknown campaign action \"%1\"; the actions are create, audience and report.")
                  .arg(*action)
            : Cli::tr("Say what to do with campaigns: create, audience or report."));
}

} // namespace atelier::cli
