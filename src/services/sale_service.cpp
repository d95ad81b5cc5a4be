#include "services/sale_service.h"

#include "core/clock.h"
#include "services/audit_trail.h"
#include "services/coupon_service.h"
#include "services/points_ledger.h"
#include "services/retry.h"
#include "services/service_settings.h"
#include "services/store_settings.h"
#include "services/try_read.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

SaleService::SaleService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QString SaleService::checkLine(const SaleLine &line) const
{
    if (line.styleNumber.trimmed().isEmpty())
        return tr("Every line needs a style number.");
    if (line.styleNumber.size() > 40 || line.category.size() > 40 || line.colour.size() > 40
        || line.size.size() > 20)
        return tr("Style number, category, colour or size is too long.");
    if (line.quantity < 1 || line.quantity > 999)
        return tr("The quantity must be between 1 and 999.");
    if (line.listPrice.fen() < 0 || line.paidPrice.fen() < 0)
        return tr("Prices cannot be negative.");
    return QString();
}

SaleResult SaleService::recordSale(Sale sale)
{
    SaleResult result;
    if (sale.lines.isEmpty()) {
        result.message = tr("A sale needs at least one line.");
        return result;
    }
    for (SaleLine &line : sale.lines) {
        line.styleNumber = line.styleNumber.trimmed();
        if (const QString problem = checkLine(line); !problem.isEmpty()) {
            result.message = problem;
            return result;
        }
    }
    if (!sale.soldAt.isValid())
        sale.soldAt = m_clock.now();
    for (SaleLine &line : sale.lines)
        line.couponShare = Money();
    const bool withCoupon = !sale.couponCode.trimmed().isEmpty();
    qint64 points = 0;
    if (!reconnectIfLost())
        return saleFailed(
            sale, StorageError(StorageError::Kind::ConnectionLost, QStringLiteral("reconnect")));
    // Found stored already, or refused: returned as it is.
    std::optional<SaleResult> early;
    const Sale asGiven = sale;
    try {
        Retry::run("sale", [&] {
            sale = asGiven;
            result = SaleResult();
            early.reset();
            if (std::optional<SaleResult> stored = storedWithKey(sale)) {
                early = stored;
                return;
            }
            // Immediate with a coupon: the coupon read here is the one the redemption changes.
            Transaction transaction(
                m_db.connection(), withCoupon ? Transaction::Mode::Immediate : Transaction::Mode::Deferred);
            Coupon coupon;
            CouponEffect effect;
            if (withCoupon) {
                if (const std::optional<QString> refused = prepareCoupon(sale, coupon, effect)) {
                    result.message = *refused;
                    early = result;
                    return;
                }
            }
            SaleRepository(m_db.connection()).insert(sale);
            if (withCoupon) {
                // The database decides: only one sale can move the coupon from 'issued'.
                if (!CouponRepository(m_db.connection())
                         .redeem(coupon.id, sale.id, effect.discount, m_clock.now())) {
                    result.message = tr(
                        "This coupon has just been used or withdrawn elsewhere; the sale was not saved.");
                    early = result;
                    return;
                }
                result.couponDiscount = effect.discount;
                result.couponNote = CouponService::effectText(coupon, effect, sale.linesTotal());
            }
            points = PointsLedger(m_db).earnForSale(sale);
            AuditTrail(m_db, m_clock).recordSale(m_db.auditActor(), sale, points);
            transaction.commit();
        });
    } catch (const StorageError &error) {
        return saleFailed(sale, error);
    }
    if (early)
        return *early;
    spdlog::info("sale {} recorded, {} lines, {} points", sale.id, sale.lines.size(), points);
    result.id = sale.id;
    result.pointsEarned = points;
    emit saleRecorded(sale.id, sale.customerId);
    return result;
}

std::optional<SaleResult> SaleService::storedWithKey(const Sale &sale)
{
    const std::optional<StoredSale> stored
        = SaleRepository(m_db.connection()).findByClientKey(sale.clientKey);
    if (!stored)
        return std::nullopt;
    spdlog::info("sale {} found by its counter key, not saved again", stored->id);
    SaleResult result;
    result.id = stored->id;
    result.pointsEarned = stored->pointsEarned;
    result.couponDiscount = sale.linesTotal() - stored->total;
    result.foundStored = true;
    // The attempt that stored it may have lost its connection before telling anyone.
    emit saleRecorded(stored->id, sale.customerId);
    return result;
}

SaleResult SaleService::saleFailed(const Sale &sale, const StorageError &error)
{
    if (error.kind() == StorageError::Kind::ConnectionLost) {
        spdlog::error(
            "sale failed: the connection to the server was lost ({})", error.detail().toStdString());
        m_connectionLost = true;
        SaleResult result;
        result.connectionLost = true;
        result.message = tr("The connection to the database server was lost while the sale was being saved. "
                            "Whether it was stored is not known yet.");
        return result;
    }
    // Another attempt with the same key (an earlier one still in flight) stored it first.
    if (error.kind() == StorageError::Kind::Constraint && !sale.clientKey.isNull()) {
        try {
            if (std::optional<SaleResult> stored = storedWithKey(sale))
                return *stored;
        } catch (const StorageError &) {
            // Reported below as the save's own failure.
        }
    }
    return failed("sale", error);
}

bool SaleService::reconnectIfLost()
{
    if (!m_connectionLost)
        return true;
    const QString location = m_db.path();
    if (!m_db.open(location)) {
        spdlog::warn("the server is still out of reach");
        return false;
    }
    spdlog::info("reconnected to the server after a lost connection");
    m_connectionLost = false;
    return true;
}

StoredSaleCheck SaleService::checkStored(const Sale &sale)
{
    StoredSaleCheck check;
    if (!reconnectIfLost()) {
        check.sale
            = saleFailed(sale, StorageError(StorageError::Kind::ConnectionLost, QStringLiteral("reconnect")));
        return check;
    }
    try {
        if (std::optional<SaleResult> stored = storedWithKey(sale)) {
            check.state = StoredSaleCheck::State::Stored;
            check.sale = *stored;
        } else {
            check.state = StoredSaleCheck::State::NotStored;
        }
    } catch (const StorageError &error) {
        check.sale = saleFailed(sale, error);
        if (!check.sale.connectionLost)
            check.sale.message = error.userMessage();
    }
    return check;
}

// Reads never throw into the GUI: a failed read (another program mid-checkpoint, a vanished
// drive) is logged and gives its reason in words, and the next refresh tries again.
ReadResult<std::optional<Sale>> SaleService::sale(SaleId id)
{
    return tryRead<std::optional<Sale>>("sale", [&] { return SaleRepository(m_db.connection()).find(id); });
}

ReadResult<QList<ReturnableLine>> SaleService::returnableLines(SaleId id)
{
    return tryRead<QList<ReturnableLine>>(
        "returnable lines", [&] { return SaleRepository(m_db.connection()).returnableLines(id); });
}

ReadResult<QList<Sale>> SaleService::recentSales(CustomerId customer, int limit)
{
    return tryRead<QList<Sale>>(
        "recent sales", [&] { return SaleRepository(m_db.connection()).recentSales(customer, limit); });
}

std::optional<QString> SaleService::prepareCoupon(Sale &sale, Coupon &coupon, CouponEffect &effect) const
{
    const QString code = coupon_code::normalise(sale.couponCode);
    std::optional<Coupon> found;
    if (coupon_code::wellFormed(code))
        found = CouponRepository(m_db.connection()).findByCode(code);
    if (!found)
        return CouponService::noMatchText(sale.couponCode);
    coupon = *found;
    const Money before = sale.linesTotal();
    effect = couponEffect(coupon, sale.customerId, before, sale.soldAt.date());
    if (!effect.ok())
        return CouponService::refusalText(coupon, effect.refusal, before);
    QList<Money> lineTotals;
    for (const SaleLine &line : sale.lines)
        lineTotals << line.paidTotal();
    const QList<Money> shares = spreadByValue(effect.discount, lineTotals);
    for (qsizetype i = 0; i < sale.lines.size(); ++i)
        sale.lines[i].couponShare = shares[i];
    sale.couponCode = code;
    return std::nullopt;
}

ReturnWindowCheck SaleService::returnWindow(const ReturnableLine &line) const
{
    ReturnWindowCheck check;
    check.daysSinceSale = line.soldAt.date().daysTo(m_clock.today());
    check.windowDays = StoreSettings(m_db).returnWindowDays();
    return check;
}

QString SaleService::windowRefusal(const ReturnWindowCheck &check)
{
    if (check.open())
        return QString();
    return tr("This was bought %n day(s) ago; returns and exchanges are accepted within %1 days.", nullptr,
        int(check.daysSinceSale))
        .arg(check.windowDays);
}

QString SaleService::checkReturn(const std::optional<ReturnableLine> &line, int quantity) const
{
    if (!line)
        return tr("This sale line does not exist.");
    if (const QString closed = windowRefusal(returnWindow(*line)); !closed.isEmpty())
        return closed;
    if (quantity < 1)
        return tr("Return at least one piece.");
    if (quantity > line->returnable())
        return tr("Only %n piece(s) of this line can still be returned.", nullptr, line->returnable());
    return QString();
}

Money SaleService::paidForPieces(const ReturnableLine &line, int quantity)
{
    return line.line.paidPrice * quantity
        - couponShareForPieces(line.line.couponShare, line.line.quantity, line.alreadyReturned, quantity);
}

std::optional<Coupon> SaleService::issueExperienceCoupon(CustomerId customer, qint64 returnId)
{
    const ServiceRules rules = ServiceSettings(m_db).rules();
    if (!rules.returnCouponOn)
        return std::nullopt;
    Coupon coupon = amountCoupon(CouponReason::Return, rules.returnCouponValue, rules.returnCouponMinSpend,
        m_clock.today(), rules.returnCouponValidDays, m_clock.now());
    coupon.customerId = customer;
    coupon.returnId = returnId;
    coupon.issuedBy = m_db.auditActor().name;
    CouponRepository(m_db.connection()).issue(coupon);
    return coupon;
}

SaleResult SaleService::failed(const char *what, const StorageError &error)
{
    spdlog::error("{} failed: {}", what, error.detail().toStdString());
    SaleResult result;
    result.message = error.userMessage();
    return result;
}

ReturnRecord SaleService::returnRecord(ReturnRecord::Kind kind, SaleLineId line, int quantity, Money refund,
    const QString &reason, std::optional<StaffId> clerk) const
{
    ReturnRecord record;
    record.saleLineId = line;
    record.kind = kind;
    record.returnedAt = m_clock.now();
    record.quantity = quantity;
    record.refund = refund;
    record.reason = reason.trimmed().left(500); // feedback, not an essay
    record.clerkId = clerk;
    return record;
}

SaleResult SaleService::recordReturn(SaleLineId lineId, int quantity, const QString &reason,
    std::optional<Money> refund, std::optional<StaffId> clerk)
{
    SaleResult result;
    std::optional<CustomerId> customer;
    qint64 points = 0;
    bool stored = false;
    try {
        Retry::run("return", [&] {
            result = SaleResult();
            stored = false;
            SaleRepository sales(m_db.connection());
            // Immediate (SQLite) and the line held (PostgreSQL): a second counter returning the same
            // line waits here, then reads what this one left to return.
            Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
            sales.holdLineForReturn(lineId);
            const std::optional<ReturnableLine> line = sales.returnableLine(lineId);
            if (const QString problem = checkReturn(line, quantity); !problem.isEmpty()) {
                result.message = problem;
                return;
            }
            const std::optional<Sale> sale = sales.find(line->saleId);
            if (sale)
                customer = sale->customerId;
            const Money maxRefund = paidForPieces(*line, quantity);
            const Money amount = refund.value_or(maxRefund);
            if (amount.fen() < 0 || amount > maxRefund) {
                result.message = tr("The refund cannot exceed %1 paid for these pieces.")
                                     .arg(maxRefund.toDisplayString());
                return;
            }
            ReturnRecord record
                = returnRecord(ReturnRecord::Kind::Return, lineId, quantity, amount, reason, clerk);
            record.id = sales.insertReturn(record);
            if (sale)
                points = PointsLedger(m_db).reverseForReturn(*sale, record);
            AuditTrail(m_db, m_clock).recordReturn(m_db.auditActor(), customer, *line, record, points);
            if (customer)
                result.couponIssued = issueExperienceCoupon(*customer, record.id);
            result.id = record.id;
            result.refund = amount;
            result.pointsTakenBack = points;
            transaction.commit();
            stored = true;
        });
    } catch (const StorageError &error) {
        return failed("return", error);
    }
    if (!stored)
        return result;
    // After the try: the return is committed, whatever a receiver of the signal does.
    spdlog::info(
        "return recorded for sale line {}, {} pieces, {} points taken back", lineId, quantity, points);
    emit returnRecorded(lineId, customer);
    return result;
}

SaleResult SaleService::recordExchange(SaleLineId lineId, int quantity, const SaleLine &replacement,
    const QString &reason, std::optional<StaffId> clerk)
{
    SaleResult result;
    std::optional<CustomerId> customer;
    qint64 earned = 0;
    qint64 reversed = 0;
    if (const QString problem = checkLine(replacement); !problem.isEmpty()) {
        result.message = problem;
        return result;
    }
    bool stored = false;
    try {
        Retry::run("exchange", [&] {
            result = SaleResult();
            stored = false;
            SaleRepository sales(m_db.connection());
            // Immediate (SQLite) and the line held (PostgreSQL): a second counter returning the same
            // line waits here, then reads what this one left to return.
            Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
            sales.holdLineForReturn(lineId);
            const std::optional<ReturnableLine> line = sales.returnableLine(lineId);
            if (const QString problem = checkReturn(line, quantity); !problem.isEmpty()) {
                result.message = problem;
                return;
            }
            const std::optional<Sale> original = sales.find(line->saleId);
            Sale newSale;
            newSale.customerId = original ? original->customerId : std::nullopt;
            newSale.soldAt = m_clock.now();
            newSale.clerkId = clerk;
            newSale.note = tr("Exchange");
            newSale.lines << replacement;
            sales.insert(newSale);
            // Earn before taking back, so that a customer who spent the old sale's points pays them
            // back from the replacement's rather than keeping both.
            PointsLedger points(m_db);
            earned = points.earnForSale(newSale);

            ReturnRecord record = returnRecord(ReturnRecord::Kind::Exchange, lineId, quantity,
                paidForPieces(*line, quantity), reason, clerk);
            record.returnedAt = newSale.soldAt;
            record.replacementLineId = newSale.lines.first().id;
            record.id = sales.insertReturn(record);
            if (original)
                reversed = points.reverseForReturn(*original, record);
            AuditTrail(m_db, m_clock)
                .recordReturn(
                    m_db.auditActor(), newSale.customerId, *line, record, reversed, &replacement, earned);
            result.id = record.id;
            result.refund = record.refund;
            result.pointsEarned = earned;
            result.pointsTakenBack = reversed;
            transaction.commit();
            stored = true;
            customer = newSale.customerId;
        });
    } catch (const StorageError &error) {
        return failed("exchange", error);
    }
    if (!stored)
        return result;
    spdlog::info("exchange recorded for sale line {}, {} pieces, {} points earned, {} taken back", lineId,
        quantity, earned, reversed);
    emit returnRecorded(lineId, customer);
    return result;
}

} // namespace atelier
