#include "services/campaign_service.h"

#include "core/campaign_effect.h"
#include "core/clock.h"
#include "core/coupon.h"
#include "core/display_format.h"
#include "core/holdout.h"
#include "services/access.h"
#include "services/change_notifier.h"
#include "services/message_values.h"
#include "services/try_read.h"
#include "storage/campaign_audience_query.h"
#include "storage/campaign_effect_query.h"
#include "storage/campaign_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sms_audience_query.h"
#include "storage/transaction.h"

#include <QLocale>

#include <spdlog/spdlog.h>

#include <limits>

namespace atelier {

namespace {

template <typename T> CampaignResult<T> refused(QString error)
{
    return CampaignResult<T>::refused(std::move(error));
}

template <typename T> CampaignResult<T> failed(const char *what, const StorageError &error)
{
    return CampaignResult<T>::failed(campaignFailureText(what, error));
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QStringLiteral("“%1”").arg(v);
    return quoted.join(QStringLiteral(", "));
}

QString percentText(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1);
}

QString fenText(double fen)
{
    return DisplayFormat::amount(Money::fromFen(qint64(std::llround(fen))));
}

} // namespace

QString campaignFailureText(const char *what, const StorageError &error)
{
    spdlog::error("{}: {}", what, error.detail().toStdString());
    return readFailureText(error);
}

CampaignService::CampaignService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList CampaignService::segmentCodes()
{
    // core/loyalty's code tables: a segment added there is known here too.
    return storeSegmentCodes() + namedSegmentCodes();
}

QStringList CampaignService::tierCodes()
{
    return {toCode(Tier::Silver), toCode(Tier::Gold), toCode(Tier::Black), QStringLiteral("none")};
}

QStringList CampaignService::kindCodes()
{
    QStringList codes;
    for (const CampaignKind kind :
        {CampaignKind::MemberDay, CampaignKind::NewArrivals, CampaignKind::VipFitting,
            CampaignKind::HolidaySale, CampaignKind::Clearance, CampaignKind::FashionShow})
        codes << toCode(kind);
    return codes;
}

// The words for each kind of filter, with the values asked, for "… left nobody".
static QString filterWords(CampaignAudienceQuery::Filter filter, const AudienceFilters &f)
{
    using Filter = CampaignAudienceQuery::Filter;
    switch (filter) {
    case Filter::Consent:
        return CampaignService::tr("marketing consent (always required)");
    case Filter::Segment:
        return CampaignService::tr("segment %1").arg(quotedList(f.segments));
    case Filter::Tier: {
        QStringList codes;
        for (const Tier tier : f.tiers)
            codes << (tier == Tier::None ? QStringLiteral("none") : toCode(tier));
        return CampaignService::tr("tier %1").arg(quotedList(codes));
    }
    case Filter::Tag:
        return CampaignService::tr("tag %1").arg(quotedList(f.tags));
    case Filter::Size:
        return CampaignService::tr("size bought %1").arg(quotedList(f.sizes));
    case Filter::Style:
        return CampaignService::tr("style bought %1").arg(quotedList(f.styles));
    case Filter::Category:
        return CampaignService::tr("category bought %1").arg(quotedList(f.categories));
    case Filter::LastPurchase:
        return CampaignService::tr("last purchase from %1 to %2")
            .arg(f.lastPurchaseFrom.isValid() ? DisplayFormat::date(f.lastPurchaseFrom) : QStringLiteral("…"),
                f.lastPurchaseTo.isValid() ? DisplayFormat::date(f.lastPurchaseTo) : QStringLiteral("…"));
    case Filter::PAlive:
        return CampaignService::tr("P(alive) from %1 to %2")
            .arg(QLocale().toString(f.pAliveMin.value_or(0.0), 'f', 2),
                QLocale().toString(f.pAliveMax.value_or(1.0), 'f', 2));
    case Filter::SlowStock:
        return CampaignService::tr("slow stock: bought style %1 or similar, or tagged %2")
            .arg(quotedList(f.slowStock.styles + f.slowStock.categories), quotedList(f.slowStock.styleTags));
    case Filter::SlowStockSize:
        return CampaignService::tr("slow stock in size %1").arg(quotedList(f.slowStock.sizes));
    }
    return QString();
}

CampaignResult<AudiencePreview> CampaignService::preview(const AudienceFilters &filters, int holdoutPercent)
{
    if (holdoutPercent < 0 || holdoutPercent > 99)
        return refused<AudiencePreview>(
            tr("The holdout is a whole percent from 0 to 99, not %1.").arg(holdoutPercent));
    if (filters.lastPurchaseFrom.isValid() && filters.lastPurchaseTo.isValid()
        && filters.lastPurchaseFrom > filters.lastPurchaseTo)
        return refused<AudiencePreview>(tr("The last-purchase window ends (%1) before it begins (%2).")
                                            .arg(DisplayFormat::date(filters.lastPurchaseTo),
                                                DisplayFormat::date(filters.lastPurchaseFrom)));
    const auto outOfBand = [](const std::optional<double> &p) {
        return p && (*p < 0.0 || *p > 1.0);
    };
    if (outOfBand(filters.pAliveMin) || outOfBand(filters.pAliveMax)
        || (filters.pAliveMin && filters.pAliveMax && *filters.pAliveMin > *filters.pAliveMax))
        return refused<AudiencePreview>(
            tr("The P(alive) band must lie between 0 and 1, its lower end not above its upper end."));
    if (!filters.slowStock.isEmpty() && filters.slowStock.styles.isEmpty()
        && filters.slowStock.categories.isEmpty())
        return refused<AudiencePreview>(
            tr("Slow stock: type the style numbers or a category still in stock, not only sizes or tags."));
    const QStringList segments = segmentCodes();
    for (const QString &segment : filters.segments)
        if (!segments.contains(segment))
            return refused<AudiencePreview>(tr("There is no segment “%1”. The segments are: %2.")
                                                .arg(segment, segments.join(QStringLiteral(", "))));
    try {
        CampaignAudienceQuery query(m_db.connection());
        if (!filters.tags.isEmpty() || !filters.slowStock.styleTags.isEmpty()) {
            const QStringList tags = query.tagNames();
            for (const QString &tag : filters.tags + filters.slowStock.styleTags)
                if (!tags.contains(tag))
                    return refused<AudiencePreview>(tags.isEmpty()
                            ? tr("There is no tag “%1”: the store has no tags yet.").arg(tag)
                            : tr("There is no tag “%1”. The tags are: %2.")
                                  .arg(tag, tags.join(QStringLiteral(", "))));
        }
        const QList<CustomerId> ids = query.ids(filters);
        if (ids.isEmpty()) {
            const QList<CampaignAudienceQuery::Step> steps = query.steps(filters);
            const auto emptied = std::find_if(steps.begin(), steps.end(),
                [](const CampaignAudienceQuery::Step &step) { return step.remaining == 0; });
            const CampaignAudienceQuery::Filter filter
                = emptied != steps.end() ? emptied->filter : CampaignAudienceQuery::Filter::Consent;
            const int before
                = emptied != steps.end() && emptied != steps.begin() ? (emptied - 1)->remaining : 0;
            if (filter == CampaignAudienceQuery::Filter::Consent)
                return refused<AudiencePreview>(tr("No customer accepts promotions: the audience is empty."));
            return refused<AudiencePreview>(
                tr("The filter %1 leaves nobody (%n customer(s) before it): the audience is empty.", nullptr,
                    before)
                    .arg(filterWords(filter, filters)));
        }
        AudiencePreview preview;
        preview.customers = int(ids.size());
        preview.holdout = Holdout::holdoutSize(preview.customers, holdoutPercent);
        preview.invited = preview.customers - preview.holdout;
        return {preview, {}, false, {}};
    } catch (const StorageError &error) {
        return failed<AudiencePreview>("campaign audience could not be read", error);
    }
}

CampaignResult<CampaignId> CampaignService::create(const CampaignDraft &draft)
{
    if (const QString no = Access::refusal(m_db, Permission::IssueCoupons); !no.isEmpty())
        return refused<CampaignId>(no);
    if (draft.name.trimmed().isEmpty())
        return refused<CampaignId>(tr("A campaign needs a name."));
    if (!draft.firstDay.isValid() || !draft.lastDay.isValid())
        return refused<CampaignId>(tr("A campaign needs a first and a last day."));
    if (draft.lastDay < draft.firstDay)
        return refused<CampaignId>(
            tr("The campaign ends (%1) before it begins (%2).")
                .arg(DisplayFormat::date(draft.lastDay), DisplayFormat::date(draft.firstDay)));
    if (draft.seed && *draft.seed > quint64(std::numeric_limits<qint64>::max()))
        return refused<CampaignId>(
            tr("The seed is a whole number from 0 to %1.").arg(std::numeric_limits<qint64>::max()));
    if (draft.offer) {
        const CampaignOffer &offer = *draft.offer;
        const bool valueOk = offer.kind == OfferKind::Amount ? offer.value > 0
            : offer.kind == OfferKind::Percent               ? offer.value >= 1 && offer.value <= 99
                                                             : offer.value == 0;
        if (!valueOk || offer.minSpend < Money())
            return refused<CampaignId>(tr("The offer is not a valid coupon: an amount off above 0, a percent "
                                          "from 1 to 99, or a gift; a minimum spend of 0 or more."));
    }
    const CampaignResult<AudiencePreview> checked = preview(draft.filters, draft.holdoutPercent);
    if (!checked.ok())
        return {std::nullopt, checked.error, checked.badInput, {}};

    Campaign campaign;
    campaign.name = draft.name.trimmed();
    campaign.kind = draft.kind;
    campaign.firstDay = draft.firstDay;
    campaign.lastDay = draft.lastDay;
    campaign.holdoutPercent = draft.holdoutPercent;
    campaign.seed = draft.seed.value_or(Holdout::randomSeed());
    campaign.filters = draft.filters;
    campaign.offer = draft.offer;
    campaign.createdAt = m_clock.now();
    campaign.createdBy = m_db.auditActor().name;
    CampaignResult<CampaignId> result;
    int coupons = 0;
    HoldoutSplit split;
    try {
        const QSqlDatabase db = m_db.connection();
        Transaction transaction(db);
        // Read again inside the transaction: what is frozen is what the filters select at this moment.
        // The slow stock's style tags are kept as they were found, so the page says whom it targeted.
        if (!campaign.filters.slowStock.isEmpty())
            campaign.filters = CampaignAudienceQuery(db).withStyleTags(campaign.filters);
        split = Holdout::split(
            CampaignAudienceQuery(db).ids(campaign.filters), campaign.seed, campaign.holdoutPercent);
        if (split.invited.isEmpty() && split.holdout.isEmpty())
            return refused<CampaignId>(tr("The audience is empty."));
        campaign.id = CampaignRepository(db).insert(campaign);
        CampaignRepository(db).insertMembers(campaign.id, split);
        if (campaign.offer) {
            CouponRepository repository(db);
            for (const CustomerId customer : split.invited) {
                Coupon coupon;
                coupon.customerId = customer;
                coupon.kind = campaign.offer->kind == OfferKind::Amount ? CouponKind::Amount
                    : campaign.offer->kind == OfferKind::Percent        ? CouponKind::Percent
                                                                        : CouponKind::Gift;
                coupon.value = campaign.offer->value;
                coupon.minSpend = campaign.offer->minSpend;
                coupon.validFrom = campaign.firstDay;
                coupon.validTo = campaign.lastDay;
                coupon.reason = CouponReason::Campaign;
                coupon.issuedAt = campaign.createdAt;
                coupon.issuedBy = campaign.createdBy;
                coupon.campaignId = campaign.id;
                repository.issue(coupon);
                ++coupons;
            }
        }
        transaction.commit();
    } catch (const StorageError &error) {
        return failed<CampaignId>("campaign could not be created", error);
    }
    spdlog::info("campaign {} created: {} invited, {} in the holdout, {} coupons", campaign.id,
        split.invited.size(), split.holdout.size(), coupons);
    if (coupons > 0)
        ChangeNotifier::post(Change::What::Customers, split.invited);
    result.value = campaign.id;
    if (campaign.holdoutPercent == 0)
        result.warning
            = tr("With no holdout, nobody is left out to compare with: the campaign's effect cannot "
                 "be measured.");
    else if (split.holdout.isEmpty())
        result.warning
            = tr("The audience is too small for a holdout of %1 %: nobody was held out, so the effect "
                 "cannot be measured.")
                  .arg(campaign.holdoutPercent);
    return result;
}

ReadResult<QList<CampaignSummary>> CampaignService::list()
{
    return tryRead<QList<CampaignSummary>>(
        "campaigns", [&] { return CampaignRepository(m_db.connection()).list(); });
}

CampaignResult<Campaign> CampaignService::get(CampaignId id)
{
    try {
        if (std::optional<Campaign> campaign = CampaignRepository(m_db.connection()).find(id))
            return {std::move(campaign), {}, false, {}};
        return refused<Campaign>(tr("There is no campaign #%1.").arg(id));
    } catch (const StorageError &error) {
        return failed<Campaign>("campaign could not be read", error);
    }
}

CampaignResult<QList<CampaignMember>> CampaignService::members(CampaignId id)
{
    const CampaignResult<Campaign> campaign = get(id);
    if (!campaign.ok())
        return {std::nullopt, campaign.error, campaign.badInput, {}};
    try {
        return {CampaignRepository(m_db.connection()).members(id), {}, false, {}};
    } catch (const StorageError &error) {
        return failed<QList<CampaignMember>>("campaign audience could not be read", error);
    }
}

CampaignResult<CampaignEffect> CampaignService::effect(CampaignId id, int attributionDays)
{
    if (attributionDays < 0 || attributionDays > 3660)
        return refused<CampaignEffect>(
            tr("The attribution days are a whole number from 0 to 3660, not %1.").arg(attributionDays));
    const CampaignResult<Campaign> campaign = get(id);
    if (!campaign.ok())
        return {std::nullopt, campaign.error, campaign.badInput, {}};
    try {
        const CampaignEffectQuery::Figures figures
            = CampaignEffectQuery(m_db.connection())
                  .figures(id, campaign.value->firstDay, campaign.value->lastDay.addDays(attributionDays));
        CampaignEffect effect = CampaignEffectMath::measure(figures.invited, figures.holdout,
            campaign.value->firstDay, campaign.value->lastDay, attributionDays);
        effect.event = isEvent(campaign.value->kind);
        return {effect, {}, false, {}};
    } catch (const StorageError &error) {
        return failed<CampaignEffect>("campaign effect could not be read", error);
    }
}

ExportResult CampaignService::exportSms(CampaignId id, QIODevice &device,
    const MessageTemplate &messageTemplate, SmsExportSummary *summary, const ExportProgress &progress,
    std::optional<StaffId> by)
{
    QList<CustomerId> invited;
    try {
        if (!CampaignRepository(m_db.connection()).find(id))
            return ExportResult{0, tr("There is no campaign #%1.").arg(id)};
        for (const CampaignMember &member :
            CampaignRepository(m_db.connection()).members(id, CampaignGroup::Invited))
            invited << member.customer;
    } catch (const StorageError &error) {
        spdlog::error("campaign invitations could not be read: {}", error.detail().toStdString());
        return ExportResult{0, readFailureText(error)};
    }
    return SmsExport(m_db, m_clock).write(device, invited, messageTemplate, summary, progress, by, id);
}

CampaignResult<QList<CampaignMessageCopy>> CampaignService::messageCopies(
    CampaignId id, const MessageTemplate &messageTemplate, std::optional<StaffId> by)
{
    if (const QString no = Access::refusal(m_db, Permission::ExportCustomers); !no.isEmpty())
        return refused<QList<CampaignMessageCopy>>(no);
    if (const auto problem = MessageTemplateRules::check(messageTemplate))
        return refused<QList<CampaignMessageCopy>>(problem->message);
    QList<CampaignMessageCopy> copies;
    QList<CustomerId> written;
    try {
        const QSqlDatabase db = m_db.connection();
        if (!CampaignRepository(db).find(id))
            return refused<QList<CampaignMessageCopy>>(tr("There is no campaign #%1.").arg(id));
        QList<CustomerId> invited;
        for (const CampaignMember &member : CampaignRepository(db).members(id, CampaignGroup::Invited))
            invited << member.customer;
        SmsAudienceQuery(db).forEach(invited, [&](const AudienceMember &member) {
            if (!member.consentsToMarketing) // withdrawn since the campaign was created
                return true;
            copies << CampaignMessageCopy{member.id, member.name,
                MessageTemplateRules::fill(messageTemplate, messageValuesOf(member, messageTemplate)).text};
            written << member.id;
            return true;
        });
        Transaction transaction(db);
        CampaignRepository(db).recordInvitations(id, written, m_clock.now(), QStringLiteral("wechat"), by);
        transaction.commit();
    } catch (const StorageError &error) {
        return failed<QList<CampaignMessageCopy>>("campaign message copies could not be made", error);
    }
    if (!written.isEmpty())
        ChangeNotifier::post(Change::What::Customers, written);
    return {copies, {}, false, {}};
}

QString CampaignService::describeConversion(const CampaignEffect &effect)
{
    const LiftInterval &lift = effect.conversionLift;
    if (!lift.valid)
        return tr("Conversion: one of the groups is empty, so there is nothing to compare.");
    const QString figures
        = tr("Conversion: invited %1 %, holdout %2 %; difference %3 points (95 % interval %4 "
             "to %5).")
              .arg(percentText(effect.invited.conversion()), percentText(effect.holdout.conversion()),
                  percentText(lift.estimate), percentText(lift.low), percentText(lift.high));
    if (lift.includesZero())
        return figures + QLatin1Char(' ') + tr("The effect on conversion cannot be told apart from chance.");
    return figures + QLatin1Char(' ')
        + (lift.estimate > 0 ? tr("The invited group bought more often than the holdout.")
                             : tr("The invited group bought less often than the holdout."));
}

QString CampaignService::describeRevenue(const CampaignEffect &effect)
{
    const LiftInterval &lift = effect.revenueLift;
    if (!lift.valid)
        return tr(
            "Revenue per customer: a group has fewer than two customers, so there is nothing to compare.");
    const QString figures
        = tr("Revenue per customer: invited %1, holdout %2; difference %3 (95 % interval %4 to "
             "%5).")
              .arg(fenText(effect.invited.revenuePerCustomer()), fenText(effect.holdout.revenuePerCustomer()),
                  fenText(lift.estimate), fenText(lift.low), fenText(lift.high));
    if (lift.includesZero())
        return figures + QLatin1Char(' ') + tr("The effect on revenue cannot be told apart from chance.");
    return figures + QLatin1Char(' ')
        + (lift.estimate > 0 ? tr("The invited group spent more per customer than the holdout.")
                             : tr("The invited group spent less per customer than the holdout."));
}

} // namespace atelier
