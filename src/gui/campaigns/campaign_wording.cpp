#include "gui/campaigns/campaign_wording.h"

#include "core/display_format.h"
#include "core/labels.h"

#include <QLocale>

#include <cmath>

namespace atelier {

namespace {

QString percent(double share)
{
    return CampaignWording::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

QString count(int value)
{
    return QLocale().toString(value);
}

// Fen per customer, rounded to the fen, as money.
Money perCustomer(double fen)
{
    return Money::fromFen(std::llround(fen));
}

QString plain(double value, int decimals)
{
    return QString::number(value, 'f', decimals); // C locale: a spreadsheet reads it in any language
}

} // namespace

QString CampaignWording::segmentName(const QString &code)
{
    const StoreSegment store = segmentFromCode(code);
    if (store != StoreSegment::None && toCode(store) == code)
        return Labels::of(store);
    const NamedSegment named = namedSegmentFromCode(code);
    if (named != NamedSegment::None && toCode(named) == code)
        return Labels::of(named);
    return code;
}

QString CampaignWording::tierName(Tier tier)
{
    return tier == Tier::None ? tr("Member (no tier)") : Labels::of(tier);
}

QString CampaignWording::audience(const AudienceFilters &filters)
{
    QStringList parts;
    if (!filters.segments.isEmpty()) {
        QStringList names;
        for (const QString &code : filters.segments)
            names << segmentName(code);
        parts << tr("segment: %1").arg(DisplayFormat::list(names));
    }
    if (!filters.tiers.isEmpty()) {
        QStringList names;
        for (const Tier tier : filters.tiers)
            names << tierName(tier);
        parts << tr("tier: %1").arg(DisplayFormat::list(names));
    }
    if (!filters.tags.isEmpty())
        parts << tr("tagged: %1").arg(DisplayFormat::list(filters.tags));
    if (!filters.sizes.isEmpty())
        parts << tr("bought size: %1").arg(DisplayFormat::list(filters.sizes));
    if (!filters.styles.isEmpty())
        parts << tr("bought style: %1").arg(DisplayFormat::list(filters.styles));
    if (!filters.categories.isEmpty())
        parts << tr("bought category: %1").arg(DisplayFormat::list(filters.categories));
    const QDate from = filters.lastPurchaseFrom;
    const QDate to = filters.lastPurchaseTo;
    if (from.isValid() && to.isValid())
        parts << tr("last purchase from %1 to %2").arg(DisplayFormat::date(from), DisplayFormat::date(to));
    else if (from.isValid())
        parts << tr("last purchase on or after %1").arg(DisplayFormat::date(from));
    else if (to.isValid())
        parts << tr("last purchase on or before %1").arg(DisplayFormat::date(to));
    if (filters.pAliveMin || filters.pAliveMax)
        parts << tr("chance of still being a customer %1 to %2")
                     .arg(percent(filters.pAliveMin.value_or(0)), percent(filters.pAliveMax.value_or(1)));
    const SlowStockFilter &slow = filters.slowStock;
    if (!slow.isEmpty()) {
        // Slow stock (issue 22): whom it targeted, as the store read it when the campaign was made.
        QStringList interest;
        if (!slow.styles.isEmpty())
            interest
                << tr("bought style %1 or another in its categories").arg(DisplayFormat::list(slow.styles));
        if (!slow.categories.isEmpty())
            interest << tr("bought in category %1").arg(DisplayFormat::list(slow.categories));
        if (!slow.styleTags.isEmpty())
            interest << tr("carry the style tag %1").arg(DisplayFormat::list(slow.styleTags));
        QString clause = tr("slow stock: who %1").arg(interest.join(tr(" or ")));
        if (!slow.sizes.isEmpty())
            clause += tr(", and wear or bought size %1").arg(DisplayFormat::list(slow.sizes));
        parts << clause;
    }
    if (parts.isEmpty())
        return tr("Everyone who accepts promotions.");
    return tr("Customers who accept promotions, %1.").arg(DisplayFormat::clauses(parts));
}

QString CampaignWording::offer(const std::optional<CampaignOffer> &offer)
{
    if (!offer)
        return tr("No offer: an invitation only.");
    QString what;
    switch (offer->kind) {
    case OfferKind::Amount:
        what = tr("%1 off").arg(DisplayFormat::amount(Money::fromFen(offer->value)));
        break;
    case OfferKind::Percent:
        what = tr("%1 % off").arg(QLocale().toString(offer->value));
        break;
    case OfferKind::Gift:
        what = tr("A gift");
        break;
    }
    if (offer->minSpend.fen() > 0)
        return tr("%1 with a purchase of %2 or more, as a coupon for each invited customer.")
            .arg(what, DisplayFormat::amount(offer->minSpend));
    return tr("%1, as a coupon for each invited customer.").arg(what);
}

QString CampaignWording::days(const QDate &first, const QDate &last)
{
    return tr("%1 – %2").arg(DisplayFormat::date(first), DisplayFormat::date(last));
}

QList<CampaignWording::Measure> CampaignWording::measures(const CampaignEffect &effect)
{
    const GroupFigures &a = effect.invited;
    const GroupFigures &b = effect.holdout;
    QList<Measure> rows{
        {tr("Customers"), count(a.customers), count(b.customers)},
        {tr("Buyers"), count(a.buyers), count(b.buyers)},
        {tr("Conversion"), percent(a.conversion()), percent(b.conversion())},
        {tr("Revenue"), DisplayFormat::amount(a.revenue), DisplayFormat::amount(b.revenue)},
        {tr("Revenue per customer"), DisplayFormat::amount(perCustomer(a.revenuePerCustomer())),
            DisplayFormat::amount(perCustomer(b.revenuePerCustomer()))},
        {tr("Coupons redeemed"), count(a.couponsRedeemed), count(b.couponsRedeemed)},
        {tr("Cost of the offers"), DisplayFormat::amount(a.offerCost), DisplayFormat::amount(b.offerCost)},
    };
    if (effect.event) {
        // The holdout was never invited: it has no answers and no attendance to show.
        const QString none = QStringLiteral("–");
        rows << Measure{tr("Will come"), count(a.rsvpYes), none}
             << Measure{tr("Won't come"), count(a.rsvpNo), none}
             << Measure{tr("Came"), count(a.attended), none};
    }
    return rows;
}

QString CampaignWording::window(const CampaignEffect &effect)
{
    return tr(
        "Purchases counted from %1 to %2 (%Ln day(s) after the last day).", nullptr, effect.attributionDays)
        .arg(DisplayFormat::date(effect.firstDay), DisplayFormat::date(effect.lastCountedDay));
}

QStringList CampaignWording::csvHeader()
{
    return {tr("Group"), tr("Customers"), tr("Buyers"), tr("Conversion (%)"), tr("Revenue (yuan)"),
        tr("Revenue per customer (yuan)"), tr("Coupons redeemed"), tr("Cost of the offers (yuan)")};
}

QList<QStringList> CampaignWording::csvRows(const CampaignEffect &effect)
{
    QList<QStringList> rows;
    for (const auto &[group, figures] : {std::pair{CampaignGroup::Invited, effect.invited},
             std::pair{CampaignGroup::Holdout, effect.holdout}}) {
        rows << QStringList{CampaignLabels::of(group), QString::number(figures.customers),
            QString::number(figures.buyers), plain(figures.conversion() * 100, 2),
            figures.revenue.toDecimalString(), perCustomer(figures.revenuePerCustomer()).toDecimalString(),
            QString::number(figures.couponsRedeemed), figures.offerCost.toDecimalString()};
    }
    // The lifts in the columns they are differences of, the interval's ends on rows of their own; a lift
    // that cannot be computed is left empty rather than written as 0.
    const LiftInterval &c = effect.conversionLift;
    const LiftInterval &r = effect.revenueLift;
    const auto lift = [&c, &r](const QString &name, double LiftInterval::*end) {
        return QStringList{name, {}, {}, c.valid ? plain(c.*end * 100, 2) : QString(), {},
            r.valid ? plain(r.*end / 100, 2) : QString(), {}, {}};
    };
    rows << lift(tr("Lift (invited − holdout)"), &LiftInterval::estimate)
         << lift(tr("Lift, 95 % interval low"), &LiftInterval::low)
         << lift(tr("Lift, 95 % interval high"), &LiftInterval::high);
    return rows;
}

} // namespace atelier
