#include "services/benefit_service.h"

#include "core/clock.h"
#include "core/display_format.h"
#include "core/task_plan.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/loyalty_settings.h"
#include "services/service_settings.h"
#include "services/try_read.h"
#include "storage/benefit_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

namespace {

// The card's words for where a benefit stands today.
QString statusOf(const CardBenefit &line, const QDate &today)
{
    const TierBenefit &b = line.benefit;
    if (b.computed())
        return BenefitService::tr("Always");
    if (b.kind == BenefitKind::PersonalStylist)
        return line.stylistName.isEmpty() ? BenefitService::tr("No stylist chosen yet")
                                          : BenefitService::tr("Stylist: %1").arg(line.stylistName);
    if (b.issuedAsCoupon())
        return line.unusedThisYear
            ? BenefitService::tr("Not issued yet this year (the nightly run issues it)")
            : BenefitService::tr("Coupon issued on %1").arg(DisplayFormat::date(line.lastUsed));
    switch (b.period) {
    case BenefitPeriod::Yearly:
        return line.unusedThisYear ? BenefitService::tr("Not used yet this year")
                                   : BenefitService::tr("Used on %1").arg(DisplayFormat::date(line.lastUsed));
    case BenefitPeriod::PerVisit:
        if (line.usedInPeriodOn == today)
            return BenefitService::tr("Used today");
        return line.unusedThisYear
            ? BenefitService::tr("Not used yet this year")
            : BenefitService::tr("Last used on %1").arg(DisplayFormat::date(line.lastUsed));
    case BenefitPeriod::Always:
        return line.lastUsed.isValid()
            ? BenefitService::tr("Last used on %1").arg(DisplayFormat::date(line.lastUsed))
            : BenefitService::tr("Not used yet");
    }
    return QString();
}

// The fields the editor changes, as stored text, for the audit trail.
QList<FieldChange> changesBetween(const std::optional<TierBenefit> &before, const TierBenefit &after)
{
    auto fields = [](const std::optional<TierBenefit> &b) -> QList<std::pair<QString, QString>> {
        if (!b)
            return {{QStringLiteral("tier"), {}}, {QStringLiteral("kind"), {}},
                {QStringLiteral("words_zh"), {}}, {QStringLiteral("words_en"), {}},
                {QStringLiteral("period"), {}}, {QStringLiteral("coupon"), {}}};
        const QString coupon = b->coupon ? QStringLiteral("%1 %2, min %3, %4 days")
                                               .arg(couponKindCode(b->coupon->kind))
                                               .arg(b->coupon->value)
                                               .arg(b->coupon->minSpend.fen())
                                               .arg(b->coupon->validDays)
                                         : QString();
        return {{QStringLiteral("tier"), toCode(b->tier)}, {QStringLiteral("kind"), benefitKindCode(b->kind)},
            {QStringLiteral("words_zh"), b->wordsZh}, {QStringLiteral("words_en"), b->wordsEn},
            {QStringLiteral("period"), benefitPeriodCode(b->period)}, {QStringLiteral("coupon"), coupon}};
    };
    const auto old = fields(before);
    const auto now = fields(after);
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < old.size(); ++i)
        if (old.at(i).second != now.at(i).second)
            changes.append({old.at(i).first, old.at(i).second, now.at(i).second});
    return changes;
}

} // namespace

BenefitService::BenefitService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString BenefitService::alreadyUsedText(const QDate &usedOn)
{
    return tr("Already used on %1.").arg(DisplayFormat::date(usedOn));
}

ReadResult<CustomerBenefits> BenefitService::benefitsFor(CustomerId customer)
{
    const QDate today = m_clock.today();
    return tryRead<CustomerBenefits>("tier benefits", [&] {
        CustomerBenefits result;
        result.tier = TierRepository(m_db.connection()).find(customer).tier;
        if (result.tier == Tier::None)
            return result;
        BenefitRepository repository(m_db.connection());
        const QList<BenefitUse> uses = repository.usesOf(customer); // newest first
        QString stylist;
        QList<TierBenefit> offered
            = TierBenefit::pointsBenefits(result.tier, LoyaltySettings(m_db).rules().points);
        for (const TierBenefit &b : repository.all())
            if (TierBenefit::offeredTo(b.tier, result.tier))
                offered << b;
        for (const TierBenefit &b : offered) {
            CardBenefit line;
            line.benefit = b;
            const std::optional<QString> key = TierBenefit::periodKey(b.period, today);
            const QString year = QString::number(today.year());
            for (const BenefitUse &use : uses) {
                if (use.benefitId != b.id || b.computed())
                    continue;
                if (!line.lastUsed.isValid())
                    line.lastUsed = use.usedOn;
                if (key && use.periodKey == key && !line.usedInPeriodOn.isValid())
                    line.usedInPeriodOn = use.usedOn;
                // A coupon benefit's use counts in its birthday's year, which is its period key.
                if (use.usedOn.year() == today.year() || use.periodKey == year)
                    line.unusedThisYear = false;
            }
            if (b.kind == BenefitKind::PersonalStylist) {
                if (stylist.isNull())
                    stylist = repository.stylistName(customer);
                line.stylistName = stylist;
            }
            line.recordable = b.recordable();
            line.status = statusOf(line, today);
            result.benefits << line;
        }
        return result;
    });
}

WriteResult BenefitService::recordUse(CustomerId customer, BenefitId benefitId, const QString &note)
{
    if (const QString refused = Access::refusal(m_db, Permission::ServeCustomers); !refused.isEmpty())
        return WriteResult::failure(refused);
    const QDate today = m_clock.today();
    try {
        Transaction transaction(m_db.connection());
        BenefitRepository repository(m_db.connection());
        const std::optional<TierBenefit> benefit = repository.find(benefitId);
        if (!benefit || benefit->retiredAt)
            return WriteResult::failure(tr("This benefit is no longer offered."));
        if (benefit->issuedAsCoupon())
            return WriteResult::failure(
                tr("This benefit is issued as a coupon by the nightly run; redeem the coupon with a sale."));
        const Tier tier = TierRepository(m_db.connection()).find(customer).tier;
        if (!TierBenefit::offeredTo(benefit->tier, tier))
            return WriteResult::failure(tr("This benefit belongs to a higher tier than the customer's."));
        BenefitUse use;
        use.customerId = customer;
        use.benefitId = benefitId;
        use.usedOn = today;
        use.periodKey = TierBenefit::periodKey(benefit->period, today);
        use.recordedAt = m_clock.now();
        use.staffId = m_db.auditActor().staffId;
        use.note = note.trimmed();
        // The UNIQUE key decides, not a read before the write: a second window that recorded the
        // same use a moment ago is refused too, with the day of its use.
        if (!repository.addUse(use)) {
            const std::optional<BenefitUse> earlier
                = repository.useInPeriod(customer, benefitId, use.periodKey.value_or(QString()));
            return WriteResult::failure(alreadyUsedText(earlier ? earlier->usedOn : today));
        }
        AuditTrail(m_db, m_clock).recordBenefitUsed(m_db.auditActor(), customer, *benefit, today);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("benefit use could not be recorded: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("benefit {} used", benefitId);
    // Another window showing her card reads the use too.
    ChangeNotifier::post(Change::What::Customers, {customer}, {customer});
    return WriteResult::success();
}

ReadResult<QList<TierBenefit>> BenefitService::list(bool includeRetired)
{
    return tryRead<QList<TierBenefit>>(
        "tier benefits", [&] { return BenefitRepository(m_db.connection()).all(includeRetired); });
}

BenefitSaveResult BenefitService::save(const TierBenefit &draft)
{
    BenefitSaveResult result;
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    if (const std::optional<TierBenefit::Problem> problem = draft.check()) {
        result.field = problem->field;
        result.message = problem->message;
        return result;
    }
    TierBenefit benefit = draft;
    benefit.wordsZh = benefit.wordsZh.trimmed();
    benefit.wordsEn = benefit.wordsEn.trimmed();
    try {
        Transaction transaction(m_db.connection());
        BenefitRepository repository(m_db.connection());
        std::optional<TierBenefit> before;
        if (benefit.id == 0) {
            int last = 0;
            for (const TierBenefit &b : repository.all(true))
                if (b.tier == benefit.tier)
                    last = std::max(last, b.position);
            benefit.position = last + 1;
            repository.insert(benefit);
        } else {
            before = repository.find(benefit.id);
            if (!before || before->retiredAt) {
                result.message = tr("This benefit is no longer offered.");
                return result;
            }
            benefit.retiredAt.reset();
            repository.update(benefit);
        }
        const QList<FieldChange> changes = changesBetween(before, benefit);
        if (!changes.isEmpty())
            AuditTrail(m_db, m_clock)
                .recordBenefitsChanged(m_db.auditActor(), benefit,
                    before ? QStringLiteral("changed") : QStringLiteral("added"), changes);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("tier benefit could not be saved: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    result.benefit = benefit;
    return result;
}

WriteResult BenefitService::remove(BenefitId id)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    try {
        Transaction transaction(m_db.connection());
        BenefitRepository repository(m_db.connection());
        const std::optional<TierBenefit> benefit = repository.find(id);
        if (!benefit || benefit->retiredAt)
            return WriteResult::failure(tr("This benefit is no longer offered."));
        // Uses keep their benefit's words: a used benefit is retired, not deleted.
        const bool used = repository.useCount(id) > 0;
        if (used)
            repository.retire(id, m_clock.now());
        else
            repository.remove(id);
        AuditTrail(m_db, m_clock)
            .recordBenefitsChanged(m_db.auditActor(), *benefit,
                used ? QStringLiteral("retired") : QStringLiteral("removed"), {});
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("tier benefit {} could not be removed: {}", id, error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    return WriteResult::success();
}

int BenefitService::issueNightlyCoupons(Database &db, const Clock &clock, const QDate &asOf, qint64 runId)
{
    const int lookahead = ServiceSettings(db).rules().birthdayLookaheadDays;
    BenefitRepository benefits(db.connection());
    CouponRepository coupons(db.connection());
    const QDateTime now = clock.now();
    const QDate firstDay = asOf.addDays(1); // the run is as of the day before: coupons start today
    int issued = 0;
    // The birthdays in the greeting's window as month-days, 29 February with 28 February in a common
    // year: the every-night read is then the few customers born in the window, not every member.
    BenefitCandidateFilter birthdays;
    for (int ahead = 1; ahead <= lookahead; ++ahead) {
        const QDate day = asOf.addDays(ahead);
        birthdays.birthdays << day.toString(QStringLiteral("MM-dd"));
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            birthdays.birthdays << QStringLiteral("02-29");
    }
    // The gift box: who has no box this year yet (or, when the window reaches into January, next year).
    BenefitCandidateFilter boxes;
    boxes.withoutUseIn = true;
    boxes.orNextYear = asOf.addDays(lookahead).year() > asOf.year();
    for (const TierBenefit &benefit : benefits.all()) {
        if (!benefit.issuedAsCoupon() || !benefit.coupon)
            continue;
        // One query for the whole store per coupon benefit; no read per customer.
        const BenefitCandidateFilter &filter
            = benefit.kind == BenefitKind::BirthdayCoupon ? birthdays : boxes;
        for (const BenefitCouponCandidate &c :
            benefits.couponCandidates(benefit.id, benefit.tier, asOf.year(), filter)) {
            // The same window as the birthday greeting (TaskPlan::birthdayWithin), so the coupon and
            // the greeting arrive together.
            const QDate birthday = TaskPlan::birthdayWithin(c.birthday, asOf, lookahead);
            QDate validTo;
            int year = 0;
            if (benefit.kind == BenefitKind::BirthdayCoupon) {
                if (!birthday.isValid())
                    continue;
                year = birthday.year();
                validTo = birthday.addDays(benefit.coupon->validDays);
            } else {
                // The gift box, once a calendar year: with the birthday window when the birthday is on
                // file; otherwise (or when this year's birthday passed before she held the tier) the
                // first night she holds the tier in the year.
                if (birthday.isValid()) {
                    year = birthday.year();
                } else {
                    if (c.birthday.isValid() && TaskPlan::birthdayIn(asOf.year(), c.birthday) > asOf)
                        continue; // her birthday is still to come this year: wait for its window
                    year = asOf.year();
                }
                validTo = asOf.addDays(benefit.coupon->validDays);
            }
            if ((year == asOf.year() && c.usedThisYear) || (year == asOf.year() + 1 && c.usedNextYear))
                continue;
            BenefitUse use;
            use.customerId = c.customer;
            use.benefitId = benefit.id;
            use.usedOn = firstDay;
            use.periodKey = QString::number(year);
            use.recordedAt = now;
            if (!benefits.addUse(use))
                continue; // the period already has its use: nothing twice
            Coupon coupon;
            coupon.customerId = c.customer;
            coupon.kind = benefit.coupon->kind;
            coupon.value = benefit.coupon->value;
            coupon.minSpend = benefit.coupon->minSpend;
            coupon.validFrom = firstDay;
            coupon.validTo = std::max(validTo, firstDay);
            coupon.reason = benefit.kind == BenefitKind::BirthdayCoupon ? CouponReason::Birthday
                                                                        : CouponReason::Benefit;
            coupon.issuedAt = now;
            coupon.issuedBy = db.auditActor().name;
            benefits.setUseCoupon(use.id, coupons.issue(coupon));
            ++issued;
        }
    }
    if (issued > 0)
        spdlog::debug("nightly run {}: {} benefit coupons", runId, issued);
    return issued;
}

} // namespace atelier
