#include "core/campaign.h"

#include "core/code_table.h"
#include "core/stored_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atelier {

namespace {

constexpr CodeTable<CampaignKind, 6> kindCodes{{
    {CampaignKind::MemberDay, "member_day"},
    {CampaignKind::NewArrivals, "new_arrivals"},
    {CampaignKind::VipFitting, "vip_fitting"},
    {CampaignKind::HolidaySale, "holiday_sale"},
    {CampaignKind::Clearance, "clearance"},
    {CampaignKind::FashionShow, "fashion_show"},
}};

constexpr CodeTable<CampaignGroup, 2> groupCodes{{
    {CampaignGroup::Invited, "invited"},
    {CampaignGroup::Holdout, "holdout"},
}};

constexpr CodeTable<OfferKind, 3> offerCodes{{
    {OfferKind::Amount, "amount"},
    {OfferKind::Percent, "percent"},
    {OfferKind::Gift, "gift"},
}};

QJsonArray arrayOf(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

// Tier::None is stored as "none": toCode(Tier::None) is empty.
QString tierCode(Tier tier)
{
    return tier == Tier::None ? QStringLiteral("none") : toCode(tier);
}

} // namespace

QString toCode(CampaignKind value)
{
    return codeIn(kindCodes, value);
}

QString toCode(CampaignGroup value)
{
    return codeIn(groupCodes, value);
}

QString toCode(OfferKind value)
{
    return codeIn(offerCodes, value);
}

std::optional<CampaignKind> campaignKindFromCode(const QString &code)
{
    return valueIn(kindCodes, code);
}

std::optional<CampaignGroup> campaignGroupFromCode(const QString &code)
{
    return valueIn(groupCodes, code);
}

std::optional<OfferKind> offerKindFromCode(const QString &code)
{
    return valueIn(offerCodes, code);
}

bool AudienceFilters::isEmpty() const
{
    return segments.isEmpty() && tiers.isEmpty() && tags.isEmpty() && sizes.isEmpty() && styles.isEmpty()
        && categories.isEmpty() && !lastPurchaseFrom.isValid() && !lastPurchaseTo.isValid() && !pAliveMin
        && !pAliveMax && slowStock.isEmpty();
}

bool isEvent(CampaignKind kind)
{
    return kind == CampaignKind::MemberDay || kind == CampaignKind::VipFitting
        || kind == CampaignKind::FashionShow;
}

QString toStoredText(const AudienceFilters &filters)
{
    QJsonObject object;
    const auto putList = [&object](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            object.insert(QLatin1String(key), arrayOf(values));
    };
    putList("segments", filters.segments);
    QStringList tiers;
    for (const Tier tier : filters.tiers)
        tiers << tierCode(tier);
    putList("tiers", tiers);
    putList("tags", filters.tags);
    putList("sizes", filters.sizes);
    putList("styles", filters.styles);
    putList("categories", filters.categories);
    if (filters.lastPurchaseFrom.isValid())
        object.insert(QLatin1String("last_purchase_from"), toStoredText(filters.lastPurchaseFrom));
    if (filters.lastPurchaseTo.isValid())
        object.insert(QLatin1String("last_purchase_to"), toStoredText(filters.lastPurchaseTo));
    if (filters.pAliveMin)
        object.insert(QLatin1String("p_alive_min"), *filters.pAliveMin);
    if (filters.pAliveMax)
        object.insert(QLatin1String("p_alive_max"), *filters.pAliveMax);
    if (!filters.slowStock.isEmpty()) {
        QJsonObject slow;
        const auto putSlow = [&slow](const char *key, const QStringList &values) {
            if (!values.isEmpty())
                slow.insert(QLatin1String(key), arrayOf(values));
        };
        putSlow("styles", filters.slowStock.styles);
        putSlow("categories", filters.slowStock.categories);
        putSlow("sizes", filters.slowStock.sizes);
        putSlow("style_tags", filters.slowStock.styleTags);
        object.insert(QLatin1String("slow_stock"), slow);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AudienceFilters filtersFromStoredText(const QString &text)
{
    AudienceFilters filters;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    filters.segments = stringsOf(object.value(QLatin1String("segments")));
    for (const QString &code : stringsOf(object.value(QLatin1String("tiers"))))
        filters.tiers << (code == QLatin1String("none") ? Tier::None : tierFromCode(code));
    filters.tags = stringsOf(object.value(QLatin1String("tags")));
    filters.sizes = stringsOf(object.value(QLatin1String("sizes")));
    filters.styles = stringsOf(object.value(QLatin1String("styles")));
    filters.categories = stringsOf(object.value(QLatin1String("categories")));
    filters.lastPurchaseFrom
        = dateFromStoredText(object.value(QLatin1String("last_purchase_from")).toString());
    filters.lastPurchaseTo = dateFromStoredText(object.value(QLatin1String("last_purchase_to")).toString());
    if (object.contains(QLatin1String("p_alive_min")))
        filters.pAliveMin = object.value(QLatin1String("p_alive_min")).toDouble();
    if (object.contains(QLatin1String("p_alive_max")))
        filters.pAliveMax = object.value(QLatin1String("p_alive_max")).toDouble();
    // Filters stored before issue 22 have no slow_stock: no slow-stock filter.
    const QJsonObject slow = object.value(QLatin1String("slow_stock")).toObject();
    filters.slowStock.styles = stringsOf(slow.value(QLatin1String("styles")));
    filters.slowStock.categories = stringsOf(slow.value(QLatin1String("categories")));
    filters.slowStock.sizes = stringsOf(slow.value(QLatin1String("sizes")));
    filters.slowStock.styleTags = stringsOf(slow.value(QLatin1String("style_tags")));
    return filters;
}

double GroupFigures::conversion() const
{
    return customers > 0 ? double(buyers) / customers : 0.0;
}

double GroupFigures::revenuePerCustomer() const
{
    return customers > 0 ? double(revenue.fen()) / customers : 0.0;
}

QString CampaignLabels::of(CampaignKind value)
{
    switch (value) {
    case CampaignKind::MemberDay:
        return tr("Member day");
    case CampaignKind::NewArrivals:
        return tr("New-arrival preview");
    case CampaignKind::VipFitting:
        return tr("VIP private fitting");
    case CampaignKind::HolidaySale:
        return tr("Holiday sale");
    case CampaignKind::Clearance:
        return tr("Clearance");
    case CampaignKind::FashionShow:
        return tr("Fashion show");
    }
    return QString();
}

QString CampaignLabels::of(CampaignGroup value)
{
    switch (value) {
    case CampaignGroup::Invited:
        return tr("Invited");
    case CampaignGroup::Holdout:
        return tr("Holdout");
    }
    return QString();
}

} // namespace atelier
