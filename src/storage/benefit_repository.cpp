#include "storage/benefit_repository.h"

#include "core/stored_time.h"
#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

#include <algorithm>

namespace atelier {

namespace {

const QString benefitColumns = QStringLiteral(
    "id, tier, kind, words_zh, words_en, period, coupon_kind, coupon_value, coupon_min_spend_fen, "
    "coupon_valid_days, position, retired_at");

const QString useColumns = QStringLiteral(
    "id, customer_id, benefit_id, used_on, period_key, recorded_at, staff_id, coupon_id, note");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

TierBenefit readBenefit(const QSqlQuery &q)
{
    TierBenefit b;
    b.id = q.value(0).toLongLong();
    b.tier = tierFromCode(q.value(1).toString());
    b.kind = benefitKindFromCode(q.value(2).toString()).value_or(BenefitKind::Other);
    b.wordsZh = q.value(3).toString();
    b.wordsEn = q.value(4).toString();
    b.period = benefitPeriodFromCode(q.value(5).toString()).value_or(BenefitPeriod::Always);
    if (const std::optional<CouponKind> kind = couponKindFromCode(q.value(6).toString()))
        b.coupon = BenefitCoupon{
            *kind, q.value(7).toLongLong(), Money::fromFen(q.value(8).toLongLong()), q.value(9).toInt()};
    b.position = q.value(10).toInt();
    if (!q.value(11).isNull())
        b.retiredAt = timeFromStoredText(q.value(11).toString());
    return b;
}

BenefitUse readUse(const QSqlQuery &q)
{
    BenefitUse u;
    u.id = q.value(0).toLongLong();
    u.customerId = q.value(1).toLongLong();
    u.benefitId = q.value(2).toLongLong();
    u.usedOn = dateFromStoredText(q.value(3).toString());
    if (!q.value(4).isNull())
        u.periodKey = q.value(4).toString();
    u.recordedAt = timeFromStoredText(q.value(5).toString());
    u.staffId = sql::idAt(q, 6);
    u.couponId = sql::idAt(q, 7);
    u.note = q.value(8).toString();
    return u;
}

// The columns after id, in benefitColumns' order.
QVariantList valuesOf(const TierBenefit &b)
{
    const QVariant noCoupon = nullText();
    return {toCode(b.tier), benefitKindCode(b.kind), b.wordsZh.trimmed(), b.wordsEn.trimmed(),
        benefitPeriodCode(b.period), b.coupon ? QVariant(couponKindCode(b.coupon->kind)) : noCoupon,
        qlonglong(b.coupon ? b.coupon->value : 0), qlonglong(b.coupon ? b.coupon->minSpend.fen() : 0),
        b.coupon ? b.coupon->validDays : 0, b.position};
}

} // namespace

BenefitRepository::BenefitRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

BenefitRepository::~BenefitRepository() = default;
BenefitRepository::BenefitRepository(BenefitRepository &&) noexcept = default;
BenefitRepository &BenefitRepository::operator=(BenefitRepository &&) noexcept = default;

QList<TierBenefit> BenefitRepository::all(bool includeRetired)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM tier_benefits %2 ORDER BY position, id")
            .arg(benefitColumns, includeRetired ? QString() : QStringLiteral("WHERE retired_at IS NULL")));
    QList<TierBenefit> benefits;
    while (query.next())
        benefits << readBenefit(query);
    // Tier order is the enum's (lowest first); the stable sort keeps position and id within a tier.
    std::stable_sort(benefits.begin(), benefits.end(),
        [](const TierBenefit &a, const TierBenefit &b) { return a.tier < b.tier; });
    return benefits;
}

std::optional<TierBenefit> BenefitRepository::find(BenefitId id)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM tier_benefits WHERE id = ?").arg(benefitColumns), {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readBenefit(query);
}

BenefitId BenefitRepository::insert(TierBenefit &benefit)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, coupon_kind, "
                       "coupon_value, coupon_min_spend_fen, coupon_valid_days, position) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        valuesOf(benefit));
    if (!query.next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("tier benefit insert returned no id"));
    benefit.id = query.value(0).toLongLong();
    return benefit.id;
}

void BenefitRepository::update(const TierBenefit &benefit)
{
    QVariantList values = valuesOf(benefit);
    values << qlonglong(benefit.id);
    sql::run(m_db,
        QStringLiteral("UPDATE tier_benefits SET tier = ?, kind = ?, words_zh = ?, words_en = ?, period = ?, "
                       "coupon_kind = ?, coupon_value = ?, coupon_min_spend_fen = ?, coupon_valid_days = ?, "
                       "position = ? WHERE id = ?"),
        values);
}

void BenefitRepository::retire(BenefitId id, const QDateTime &at)
{
    sql::run(m_db,
        QStringLiteral("UPDATE tier_benefits SET retired_at = ? WHERE id = ? AND retired_at IS NULL"),
        {toStoredText(at), qlonglong(id)});
}

void BenefitRepository::remove(BenefitId id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM tier_benefits WHERE id = ?"), {qlonglong(id)});
}

int BenefitRepository::useCount(BenefitId id)
{
    return sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM benefit_uses WHERE benefit_id = ?"), {qlonglong(id)})
        .toInt();
}

bool BenefitRepository::addUse(BenefitUse &use)
{
    // ON CONFLICT DO NOTHING rather than catching the constraint error: the surrounding transaction
    // stays usable on PostgreSQL too. The count of inserted rows tells the two outcomes apart
    // (RawStatement::changes, not RETURNING: see there why).
    if (!m_addUse)
        m_addUse = std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "INSERT INTO benefit_uses (customer_id, benefit_id, used_on, period_key, recorded_at, "
                "staff_id, coupon_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (customer_id, benefit_id, period_key) DO NOTHING")
                + dialect::returningId(backendOf(m_db)));
    RawStatement &query = *m_addUse;
    const QVariantList values{qlonglong(use.customerId), qlonglong(use.benefitId), toStoredText(use.usedOn),
        use.periodKey ? QVariant(*use.periodKey) : nullText(), toStoredText(use.recordedAt),
        sql::optionalId(use.staffId), sql::optionalId(use.couponId), use.note};
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values[i]);
    query.exec();
    if (query.changes() == 0) // the period already had its use
        return false;
    use.id = query.lastInsertId();
    return true;
}

void BenefitRepository::setUseCoupon(qint64 useId, qint64 couponId)
{
    if (!m_setUseCoupon)
        m_setUseCoupon = std::make_unique<RawStatement>(
            m_db, QStringLiteral("UPDATE benefit_uses SET coupon_id = ? WHERE id = ?"));
    m_setUseCoupon->bind(1, couponId);
    m_setUseCoupon->bind(2, useId);
    m_setUseCoupon->exec();
}

std::optional<BenefitUse> BenefitRepository::useInPeriod(
    CustomerId customer, BenefitId benefit, const QString &periodKey)
{
    const QList<BenefitUse> found
        = uses(QStringLiteral("customer_id = ? AND benefit_id = ? AND period_key = ?"),
            {qlonglong(customer), qlonglong(benefit), periodKey});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<BenefitUse> BenefitRepository::usesOf(CustomerId customer)
{
    return uses(QStringLiteral("customer_id = ?"), {qlonglong(customer)});
}

QList<BenefitUse> BenefitRepository::usesOfBenefit(BenefitId benefit)
{
    return uses(QStringLiteral("benefit_id = ?"), {qlonglong(benefit)});
}

QList<BenefitUse> BenefitRepository::uses(const QString &where, std::initializer_list<QVariant> values)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM benefit_uses WHERE %2 ORDER BY used_on DESC, id DESC")
            .arg(useColumns, where),
        values);
    QList<BenefitUse> found;
    while (query.next())
        found << readUse(query);
    return found;
}

QList<BenefitCouponCandidate> BenefitRepository::couponCandidates(
    BenefitId benefit, Tier minTier, int year, const BenefitCandidateFilter &filter)
{
    // A use of any benefit of the same kind counts: a gift box the manager removed (retired) and
    // added again is a new benefit, but not a second box in the same year.
    const QString usedIn = QStringLiteral(
        "EXISTS (SELECT 1 FROM benefit_uses u JOIN tier_benefits b ON b.id = u.benefit_id "
        "WHERE u.customer_id = c.id AND b.kind = (SELECT k.kind FROM tier_benefits k WHERE k.id = ?) "
        "AND u.period_key = ?)");
    // Tiers as ranks so that "at least" is one comparison; OR, not IN, as customer_tiers' CHECK does.
    QString statement
        = QStringLiteral("SELECT c.id, t.tier, CASE WHEN c.consent_profile = 1 THEN c.birthday END, "
                         "CASE WHEN %1 THEN 1 ELSE 0 END, "
                         "CASE WHEN %1 THEN 1 ELSE 0 END "
                         "FROM customer_tiers t JOIN customers c ON c.id = t.customer_id "
                         "WHERE c.erased_at IS NULL AND "
                         "(CASE t.tier WHEN 'silver' THEN 1 WHEN 'gold' THEN 2 WHEN 'black' THEN 3 "
                         "ELSE 0 END) >= ?")
              .arg(usedIn);
    QVariantList values{qlonglong(benefit), QString::number(year), qlonglong(benefit),
        QString::number(year + 1), static_cast<int>(minTier)};
    if (!filter.birthdays.isEmpty()) {
        QStringList marks;
        for (const QString &day : filter.birthdays) {
            marks << QStringLiteral("?");
            values << day;
        }
        // Birthdays are stored as YYYY-MM-DD: the month and day are characters 6 to 10. A birthday
        // counts only with her consent to keep it (docs/privacy.md).
        statement += QStringLiteral(" AND c.consent_profile = 1 AND substr(c.birthday, 6, 5) IN (%1)")
                         .arg(marks.join(u','));
    }
    if (filter.withoutUseIn) {
        statement += QStringLiteral(" AND (NOT %1").arg(usedIn);
        values << qlonglong(benefit) << QString::number(year);
        if (filter.orNextYear) {
            statement += QStringLiteral(" OR NOT %1").arg(usedIn);
            values << qlonglong(benefit) << QString::number(year + 1);
        }
        statement += u')';
    }
    statement += QStringLiteral(" ORDER BY c.id");
    QSqlQuery query = sql::run(m_db, statement, values);
    QList<BenefitCouponCandidate> candidates;
    while (query.next()) {
        BenefitCouponCandidate c;
        c.customer = query.value(0).toLongLong();
        c.tier = tierFromCode(query.value(1).toString());
        if (!query.value(2).isNull())
            c.birthday = dateFromStoredText(query.value(2).toString());
        c.usedThisYear = query.value(3).toInt() != 0;
        c.usedNextYear = query.value(4).toInt() != 0;
        candidates << c;
    }
    return candidates;
}

QString BenefitRepository::stylistName(CustomerId customer)
{
    return sql::scalar(m_db,
        QStringLiteral("SELECT s.name FROM customers c JOIN staff s ON s.id = c.stylist_id WHERE c.id = ?"),
        {qlonglong(customer)})
        .toString();
}

} // namespace atelier
