#include "services/coupon_service.h"

#include "core/clock.h"
#include "core/display_format.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/try_read.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

CouponService::CouponService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString CouponService::valueText(CouponKind kind, std::int64_t value)
{
    switch (kind) {
    case CouponKind::Amount:
        return tr("%1 off").arg(DisplayFormat::amount(Money::fromFen(value)));
    case CouponKind::Percent:
        return tr("%1% off").arg(value);
    case CouponKind::Gift:
        return tr("a gift");
    }
    return QString();
}

QString CouponService::noMatchText(const QString &typed)
{
    return tr("No coupon has the code %1. Check the code and try again.")
        .arg(coupon_code::normalise(typed).left(20));
}

QString CouponService::refusalText(const Coupon &coupon, CouponRefusal refusal, Money saleTotal)
{
    const QString changed
        = coupon.statusChangedAt ? DisplayFormat::date(coupon.statusChangedAt->date()) : QString();
    switch (refusal) {
    case CouponRefusal::None:
        return QString();
    case CouponRefusal::Redeemed:
        return tr("This coupon was redeemed on %1 (sale %2).").arg(changed).arg(coupon.saleId.value_or(0));
    case CouponRefusal::Expired:
    case CouponRefusal::PastValidity:
        return tr("This coupon expired: it was valid until %1.").arg(DisplayFormat::date(coupon.validTo));
    case CouponRefusal::Cancelled:
        return tr("This coupon was cancelled on %1.").arg(changed);
    case CouponRefusal::NotYetValid:
        return tr("This coupon is valid from %1.").arg(DisplayFormat::date(coupon.validFrom));
    case CouponRefusal::OtherCustomer:
        return tr("This coupon was issued to another customer; it goes only with her purchases.");
    case CouponRefusal::BelowMinimumSpend:
        return tr("This coupon needs a purchase of at least %1; the sale comes to %2.")
            .arg(DisplayFormat::amount(coupon.minSpend), DisplayFormat::amount(saleTotal));
    }
    return QString();
}

QString CouponService::effectText(const Coupon &coupon, const CouponEffect &effect, Money saleTotal)
{
    if (coupon.kind == CouponKind::Gift)
        return tr("A gift coupon: hand over the gift; nothing is taken off the price.");
    if (effect.capped)
        return tr("The coupon is worth %1, more than the sale: %2 are taken off and the rest is lost.")
            .arg(DisplayFormat::amount(Money::fromFen(coupon.value)), DisplayFormat::amount(saleTotal));
    return tr("%1 taken off; the customer pays %2.")
        .arg(DisplayFormat::amount(effect.discount), DisplayFormat::amount(saleTotal - effect.discount));
}

std::optional<QString> CouponService::checkDraft(const ManualCoupon &draft) const
{
    switch (draft.kind) {
    case CouponKind::Amount:
        if (draft.value < 1 || draft.value > Money::fromYuan(100000).fen())
            return tr("An amount coupon must be worth between ¥0.01 and ¥100,000.");
        break;
    case CouponKind::Percent:
        if (draft.value < 1 || draft.value > 99)
            return tr("A percent coupon takes off a whole percent between 1 and 99.");
        break;
    case CouponKind::Gift:
        if (draft.value != 0)
            return tr("A gift coupon takes nothing off; its value must be 0.");
        break;
    }
    if (draft.minSpend.fen() < 0)
        return tr("The minimum spend cannot be negative.");
    if (!draft.validTo.isValid())
        return tr("Give the coupon's last valid day.");
    const QDate from = draft.validFrom.isValid() ? draft.validFrom : m_clock.today();
    if (draft.validTo < from)
        return tr("The last valid day comes before the first.");
    return std::nullopt;
}

CouponResult CouponService::issueManual(const ManualCoupon &draft)
{
    CouponResult result;
    if (const QString refused = Access::refusal(m_db, Permission::IssueCoupons); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    if (const std::optional<QString> problem = checkDraft(draft)) {
        result.message = *problem;
        return result;
    }
    Coupon coupon;
    coupon.customerId = draft.customer;
    coupon.kind = draft.kind;
    coupon.value = draft.value;
    coupon.minSpend = draft.minSpend;
    coupon.validFrom = draft.validFrom.isValid() ? draft.validFrom : m_clock.today();
    coupon.validTo = draft.validTo;
    coupon.reason = CouponReason::Manual;
    coupon.issuedAt = m_clock.now();
    coupon.issuedBy = m_db.auditActor().name;
    try {
        Transaction transaction(m_db.connection());
        CouponRepository(m_db.connection()).issue(coupon);
        AuditTrail(m_db, m_clock).recordCouponIssued(m_db.auditActor(), coupon);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("coupon could not be issued: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    spdlog::info("coupon {} issued by hand", coupon.id);
    result.coupon = coupon;
    return result;
}

WriteResult CouponService::cancel(CouponId id)
{
    if (const QString refused = Access::refusal(m_db, Permission::IssueCoupons); !refused.isEmpty())
        return WriteResult::failure(refused);
    try {
        Transaction transaction(m_db.connection());
        CouponRepository coupons(m_db.connection());
        const std::optional<Coupon> coupon = coupons.find(id);
        if (!coupon)
            return WriteResult::failure(tr("There is no coupon #%1.").arg(id));
        if (!coupons.cancel(id, m_clock.now())) {
            const CouponRefusal why
                = couponEffect(*coupon, coupon->customerId, Money(), m_clock.today()).refusal;
            return WriteResult::failure(refusalText(*coupon, why, Money()));
        }
        AuditTrail(m_db, m_clock).recordCouponCancelled(m_db.auditActor(), *coupon);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("coupon {} could not be cancelled: {}", id, error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("coupon {} cancelled", id);
    return WriteResult::success();
}

CouponCheck CouponService::checkForSale(
    const QString &typed, std::optional<CustomerId> customer, Money saleTotal)
{
    CouponCheck check;
    const ReadResult<std::optional<Coupon>> found = findByCode(typed);
    if (!found.ok()) {
        check.message = found.error;
        return check;
    }
    if (!*found.value) {
        check.message = noMatchText(typed);
        return check;
    }
    check.coupon = *found.value;
    check.effect = couponEffect(*check.coupon, customer, saleTotal, m_clock.today());
    check.message = check.effect.ok() ? effectText(*check.coupon, check.effect, saleTotal)
                                      : refusalText(*check.coupon, check.effect.refusal, saleTotal);
    return check;
}

ReadResult<std::optional<Coupon>> CouponService::findByCode(const QString &typed)
{
    const QString code = coupon_code::normalise(typed);
    if (!coupon_code::wellFormed(code))
        return ReadResult<std::optional<Coupon>>{std::optional<Coupon>(), {}};
    return tryRead<std::optional<Coupon>>(
        "coupon", [&] { return CouponRepository(m_db.connection()).findByCode(code); });
}

ReadResult<QList<Coupon>> CouponService::list(std::optional<CustomerId> customer, bool openOnly)
{
    return tryRead<QList<Coupon>>("coupons", [&] {
        CouponRepository coupons(m_db.connection());
        if (openOnly)
            return coupons.open(m_clock.today(), customer);
        return customer ? coupons.forCustomer(*customer) : coupons.all();
    });
}

ReadResult<OpenCouponValue> CouponService::openValue()
{
    return tryRead<OpenCouponValue>(
        "open coupons", [&] { return CouponRepository(m_db.connection()).openValue(m_clock.today()); });
}

int CouponService::expire(const QDate &asOf)
{
    try {
        Transaction transaction(m_db.connection());
        const int expired = CouponRepository(m_db.connection()).expire(asOf);
        transaction.commit();
        spdlog::info("{} coupons expired as of {}", expired, asOf.toString(Qt::ISODate).toStdString());
        return expired;
    } catch (const StorageError &error) {
        spdlog::error("coupons could not be expired: {}", error.detail().toStdString());
        return -1;
    }
}

} // namespace atelier
