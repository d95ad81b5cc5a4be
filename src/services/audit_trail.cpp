#include "services/audit_trail.h"

#include "core/customer_diff.h"
#include "core/lost_sale.h"
#include "core/satisfaction.h"
#include "core/loyalty.h"
#include "core/stored_time.h"
#include "core/tier_benefit.h"
#include "services/access.h"
#include "services/customer_service.h"
#include "services/try_read.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/tag_repository.h"
#include "storage/transaction.h"

#include <QFileDevice>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QJsonArray changesJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes)
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
            {QStringLiteral("old"), change.before}, {QStringLiteral("new"), change.after}});
    return array;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList tagNames(const QList<TagId> &ids, const QHash<TagId, QString> &names)
{
    QStringList result;
    for (const TagId id : ids)
        result << names.value(id, QString::number(id));
    return result;
}

QStringList lifeEventTexts(const QList<LifeEvent> &events)
{
    QStringList result;
    for (const LifeEvent &event : events) {
        QString text = toStoredText(event.date) + u' ' + toCode(event.kind);
        if (!event.note.isEmpty())
            text += u' ' + event.note;
        result << text;
    }
    return result;
}

// The archive's own fields, then its tags and life events as sets.
QList<FieldChange> archiveChanges(Database &db, const CustomerArchive &before, const CustomerArchive &after)
{
    QList<FieldChange> changes = CustomerDiff::between(before.customer, after.customer);
    QList<TagId> oldTags = before.tagIds;
    QList<TagId> newTags = after.tagIds;
    std::sort(oldTags.begin(), oldTags.end());
    std::sort(newTags.begin(), newTags.end());
    if (oldTags != newTags) {
        // Names only when the tags changed: a plain save stays one INSERT.
        QHash<TagId, QString> names;
        for (const Tag &tag : TagRepository(db.connection()).all(true))
            names.insert(tag.id, tag.name);
        if (auto change = CustomerDiff::ofList(
                QStringLiteral("tags"), tagNames(oldTags, names), tagNames(newTags, names)))
            changes << *change;
    }
    if (auto change = CustomerDiff::ofList(QStringLiteral("life_events"), lifeEventTexts(before.lifeEvents),
            lifeEventTexts(after.lifeEvents)))
        changes << *change;
    return changes;
}

} // namespace

AuditTrail::AuditTrail(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

AuditTrail::AuditTrail(Database &db)
    : AuditTrail(db, db.auditClock() ? *db.auditClock() : systemClock())
{
}

void AuditTrail::append(
    const AuditActor &actor, AuditAction action, std::optional<CustomerId> customer, const QString &details)
{
    AuditEntry entry;
    entry.happenedAt = m_clock.now();
    entry.actor = actor;
    entry.action = action;
    entry.customerId = customer;
    entry.details = details;
    AuditRepository(m_db.connection()).append(entry);
}

void AuditTrail::recordCustomerCreated(const AuditActor &actor, const CustomerArchive &created)
{
    CustomerArchive empty;
    empty.customer.source = created.customer.source; // the default is not a choice someone made
    append(actor, AuditAction::CustomerCreated, created.customer.id,
        compact(changesJson(archiveChanges(m_db, empty, created))));
}

void AuditTrail::recordCustomerChange(
    const AuditActor &actor, const CustomerArchive &before, const CustomerArchive &after)
{
    const QList<FieldChange> changes = archiveChanges(m_db, before, after);
    if (!changes.isEmpty())
        append(actor, AuditAction::CustomerChanged, after.customer.id, compact(changesJson(changes)));
}

void AuditTrail::recordCustomerErased(const AuditActor &actor, CustomerId customer, const QString &reasonCode)
{
    append(actor, AuditAction::CustomerErased, customer,
        compact(QJsonObject{{QStringLiteral("reason"), reasonCode}}));
}

void AuditTrail::recordExport(const AuditActor &actor, const ExportRecord &record)
{
    append(actor, AuditAction::Export, std::nullopt,
        compact(
            QJsonObject{{QStringLiteral("source"), record.source}, {QStringLiteral("filter"), record.filter},
                {QStringLiteral("columns"), QJsonArray::fromStringList(record.columns)},
                {QStringLiteral("rows"), record.rows}, {QStringLiteral("file"), record.fileName}}));
}

void AuditTrail::recordRulesChanged(
    const AuditActor &actor, const QString &which, const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return;
    append(actor, AuditAction::RulesChanged, std::nullopt,
        compact(QJsonObject{
            {QStringLiteral("rules"), which}, {QStringLiteral("changes"), changesJson(changes)}}));
}

void AuditTrail::recordReveal(const AuditActor &actor, CustomerId customer, RevealedField what)
{
    append(actor, what == RevealedField::Phone ? AuditAction::RevealPhone : AuditAction::RevealAddress,
        customer, QStringLiteral("{}"));
}

void AuditTrail::recordLogin(const AuditActor &actor)
{
    append(actor, AuditAction::Login, std::nullopt, QStringLiteral("{}"));
}

void AuditTrail::recordFailedLogin(const QString &loginName)
{
    // Nobody is known yet: the trail names what was typed.
    append(AuditActor{AuditActor::Kind::Staff, std::nullopt, loginName}, AuditAction::LoginFailed,
        std::nullopt, compact(QJsonObject{{QStringLiteral("login"), loginName}}));
}

void AuditTrail::recordSale(const AuditActor &actor, const Sale &sale, qint64 pointsEarned)
{
    qint64 total = 0;
    int pieces = 0;
    for (const SaleLine &line : sale.lines) {
        total += line.paidTotal().fen();
        pieces += line.quantity;
    }
    append(actor, AuditAction::Sale, sale.customerId,
        compact(QJsonObject{{QStringLiteral("sale"), sale.id}, {QStringLiteral("amount_fen"), total},
            {QStringLiteral("lines"), int(sale.lines.size())}, {QStringLiteral("pieces"), pieces},
            {QStringLiteral("points"), pointsEarned}}));
}

namespace {

// What a line was, for people: its category ("连衣裙") or else its style number.
QString itemName(const SaleLine &line)
{
    return line.category.trimmed().isEmpty() ? line.styleNumber : line.category.trimmed();
}

} // namespace

void AuditTrail::recordReturn(const AuditActor &actor, std::optional<CustomerId> customer,
    const ReturnableLine &line, const ReturnRecord &record, qint64 pointsTakenBack,
    const SaleLine *replacement, qint64 pointsEarned)
{
    QJsonObject details{
        {QStringLiteral("kind"), replacement ? QStringLiteral("exchange") : QStringLiteral("return")},
        {QStringLiteral("return"), record.id}, {QStringLiteral("sale"), line.saleId},
        {QStringLiteral("item"), itemName(line.line)}, {QStringLiteral("style"), line.line.styleNumber},
        {QStringLiteral("quantity"), record.quantity},
        {QStringLiteral("refund_fen"), qint64(record.refund.fen())},
        {QStringLiteral("points_back"), pointsTakenBack}};
    if (replacement) {
        details.insert(QStringLiteral("replacement"), itemName(*replacement));
        details.insert(QStringLiteral("points"), pointsEarned);
    }
    append(actor, AuditAction::Return, customer, compact(details));
}

void AuditTrail::recordRedemption(const AuditActor &actor, CustomerId customer, qint64 points, Money value)
{
    append(actor, AuditAction::Redemption, customer,
        compact(QJsonObject{
            {QStringLiteral("points"), points}, {QStringLiteral("value_fen"), qint64(value.fen())}}));
}

void AuditTrail::recordPointsAdjusted(
    const AuditActor &actor, CustomerId customer, qint64 delta, const QString &reason)
{
    append(actor, AuditAction::PointsAdjusted, customer,
        compact(QJsonObject{{QStringLiteral("points"), delta}, {QStringLiteral("reason"), reason}}));
}

void AuditTrail::recordAttendantChanged(const AuditActor &actor, const QString &from, const QString &to)
{
    append(actor, AuditAction::AttendantChanged, std::nullopt,
        compact(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}));
}

void AuditTrail::recordBackup(const AuditActor &actor, const BackupRecord &record)
{
    append(actor, AuditAction::Backup, std::nullopt,
        compact(QJsonObject{{QStringLiteral("kind"), toCode(record.kind)},
            {QStringLiteral("file"), record.fileName}, {QStringLiteral("bytes"), record.sizeBytes}}));
}

void AuditTrail::recordRestore(const AuditActor &actor, const QString &backupFile)
{
    append(actor, AuditAction::Restore, std::nullopt,
        compact(QJsonObject{{QStringLiteral("file"), backupFile}}));
}

void AuditTrail::recordRecompute(const AuditActor &actor, const NightlyRun &run)
{
    append(actor, AuditAction::Recompute, std::nullopt,
        compact(QJsonObject{{QStringLiteral("run"), run.id},
            {QStringLiteral("as_of"), run.asOf.toString(Qt::ISODate)},
            {QStringLiteral("started_by"), toCode(run.startedBy)},
            {QStringLiteral("customers"), run.customers}, {QStringLiteral("tier_ups"), run.tierUps},
            {QStringLiteral("tier_downs"), run.tierDowns},
            {QStringLiteral("segment_changes"), run.segmentChanges},
            {QStringLiteral("points_expired"), qint64(run.pointsExpired)},
            {QStringLiteral("tasks"), run.tasksCreated}}));
}

void AuditTrail::recordComplaintStep(
    const AuditActor &actor, const Complaint &after, std::optional<ComplaintState> from)
{
    QJsonObject details{{QStringLiteral("complaint"), after.id}, {QStringLiteral("to"), toCode(after.state)}};
    if (from)
        details.insert(QStringLiteral("from"), toCode(*from));
    else
        details.insert(QStringLiteral("channel"), toCode(after.channel));
    if (after.state == ComplaintState::ResolutionOffered && after.resolution != Resolution::None) {
        details.insert(QStringLiteral("resolution"), toCode(after.resolution));
        details.insert(QStringLiteral("value_fen"), qint64(after.resolutionValue.fen()));
    }
    if (after.state == ComplaintState::CalledBack && after.satisfaction)
        details.insert(QStringLiteral("satisfaction"), *after.satisfaction);
    append(actor, AuditAction::ComplaintStep, after.customer, compact(details));
}

void AuditTrail::recordCallerLinked(const AuditActor &actor, ComplaintId complaint, CustomerId customer)
{
    append(actor, AuditAction::ComplaintStep, customer,
        compact(QJsonObject{{QStringLiteral("complaint"), complaint},
            {QStringLiteral("to"), QStringLiteral("caller_linked")}}));
}

namespace {

QJsonObject couponDetails(const Coupon &coupon)
{
    return QJsonObject{{QStringLiteral("coupon"), coupon.id}, {QStringLiteral("code"), coupon.code},
        {QStringLiteral("kind"), couponKindCode(coupon.kind)},
        {QStringLiteral("value"), qint64(coupon.value)},
        {QStringLiteral("min_spend_fen"), qint64(coupon.minSpend.fen())},
        {QStringLiteral("valid_to"), toStoredText(coupon.validTo)}};
}

} // namespace

void AuditTrail::recordCouponIssued(const AuditActor &actor, const Coupon &coupon)
{
    append(actor, AuditAction::CouponIssued, coupon.customerId, compact(couponDetails(coupon)));
}

void AuditTrail::recordCouponCancelled(const AuditActor &actor, const Coupon &coupon)
{
    append(actor, AuditAction::CouponCancelled, coupon.customerId, compact(couponDetails(coupon)));
}

void AuditTrail::recordCampaignResponse(
    const AuditActor &actor, CustomerId customer, qint64 campaign, const QString &recorded, const QDate &day)
{
    append(actor, AuditAction::CampaignResponse, customer,
        compact(QJsonObject{{QStringLiteral("campaign"), campaign}, {QStringLiteral("recorded"), recorded},
            {QStringLiteral("day"), toStoredText(day)}}));
}

namespace {

QJsonObject benefitDetails(const TierBenefit &benefit)
{
    return QJsonObject{{QStringLiteral("benefit"), benefit.id},
        {QStringLiteral("tier"), toCode(benefit.tier)},
        {QStringLiteral("kind"), benefitKindCode(benefit.kind)},
        {QStringLiteral("words_zh"), benefit.wordsZh}, {QStringLiteral("words_en"), benefit.wordsEn}};
}

} // namespace

void AuditTrail::recordLostSale(const AuditActor &actor, const LostSale &sale)
{
    append(actor, AuditAction::LostSaleRecorded, sale.customer,
        compact(QJsonObject{{QStringLiteral("lost_sale"), sale.id}, {QStringLiteral("wanted"), sale.wanted()},
            {QStringLiteral("by_category"), sale.styleNumber.isEmpty()},
            {QStringLiteral("colour"), sale.colour}, {QStringLiteral("size"), sale.size},
            {QStringLiteral("reason"), lostSaleReasonCode(sale.reason)}}));
}

void AuditTrail::recordLostSalesArrived(
    const AuditActor &actor, const Arrival &arrival, int wishes, int tasks)
{
    append(actor, AuditAction::LostSalesArrived, std::nullopt,
        compact(QJsonObject{{QStringLiteral("wanted"), arrival.wanted()},
            {QStringLiteral("by_category"), arrival.styleNumber.isEmpty()},
            {QStringLiteral("size"), arrival.size}, {QStringLiteral("wishes"), wishes},
            {QStringLiteral("tasks"), tasks}}));
}

void AuditTrail::recordSatisfaction(const AuditActor &actor, const SatisfactionScore &score)
{
    QJsonObject details{{QStringLiteral("satisfaction"), score.id}, {QStringLiteral("score"), score.score},
        {QStringLiteral("occasion"), satisfactionOccasionCode(score.occasion)}};
    const std::pair<const char *, std::optional<qint64>> links[] = {{"sale", score.sale},
        {"follow_up", score.followUp}, {"campaign", score.campaign}, {"complaint", score.complaint},
        {"staff", score.staff}};
    for (const auto &[key, id] : links)
        if (id)
            details.insert(QString::fromLatin1(key), *id);
    append(actor, AuditAction::SatisfactionRecorded, score.customer, compact(details));
}

void AuditTrail::recordBenefitUsed(
    const AuditActor &actor, CustomerId customer, const TierBenefit &benefit, const QDate &day)
{
    QJsonObject details = benefitDetails(benefit);
    details.insert(QStringLiteral("day"), toStoredText(day));
    append(actor, AuditAction::BenefitUsed, customer, compact(details));
}

void AuditTrail::recordBenefitsChanged(const AuditActor &actor, const TierBenefit &benefit,
    const QString &change, const QList<FieldChange> &changes)
{
    QJsonObject details = benefitDetails(benefit);
    details.insert(QStringLiteral("change"), change);
    QJsonArray fields;
    for (const FieldChange &c : changes)
        fields.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("old"), c.before},
            {QStringLiteral("new"), c.after}});
    details.insert(QStringLiteral("changes"), fields);
    append(actor, AuditAction::BenefitsChanged, std::nullopt, compact(details));
}

ActingAs::ActingAs(Database &db, const AuditActor &actor)
    : m_db(db)
    , m_previous(db.auditActor())
    , m_previousRole(db.role())
{
    m_db.setAuditActor(actor);
    if (actor.kind == AuditActor::Kind::System)
        m_db.setRole(std::nullopt);
}

ActingAs::~ActingAs()
{
    m_db.setAuditActor(m_previous);
    m_db.setRole(m_previousRole);
}

QString AuditTrail::fileNameOf(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return file ? file->fileName() : QString();
}

ReadResult<KeysetPage<AuditEntry>> AuditTrail::page(
    const AuditFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    if (!Access::allows(m_db, Permission::ViewAuditTrail))
        return {KeysetPage<AuditEntry>{}, {}};
    return tryRead<KeysetPage<AuditEntry>>(
        "audit trail", [&] { return AuditRepository(m_db.connection()).page(filter, after, limit); });
}

ReadResult<int> AuditTrail::total(const AuditFilter &filter)
{
    if (!Access::allows(m_db, Permission::ViewAuditTrail))
        return {0, {}};
    return tryRead<int>(
        "audit trail count", [&] { return AuditRepository(m_db.connection()).count(filter); });
}

QList<AuditEntry> AuditTrail::entries(const AuditFilter &filter, int limit, std::optional<qint64> beforeId)
{
    const std::optional<PageCursor> after
        = beforeId ? std::optional<PageCursor>(PageCursor{QVariant(), *beforeId}) : std::nullopt;
    return page(filter, after, limit).value.value_or(KeysetPage<AuditEntry>{}).rows;
}

int AuditTrail::count(const AuditFilter &filter)
{
    return total(filter).value.value_or(0);
}

ReadResult<QStringList> AuditTrail::actorNames()
{
    return tryRead<QStringList>(
        "audit actors", [&] { return AuditRepository(m_db.connection()).actorNames(); });
}

ExportResult AuditTrail::exportCsv(
    const AuditFilter &filter, QIODevice &device, const ExportProgress &progress)
{
    if (const QString refused = Access::refusal(m_db, Permission::ViewAuditTrail); !refused.isEmpty())
        return ExportResult{0, refused};
    const QStringList header{tr("When"), tr("Who"), tr("Action"), tr("Customer"), tr("Details")};
    ExportResult result = CsvExport::write(
        device, header, [&] { return AuditRepository(m_db.connection()).count(filter); },
        [&](const CsvExport::Row &write) {
            AuditRepository(m_db.connection()).forEach(filter, [&](const AuditEntry &entry) {
                return write({toStoredText(entry.happenedAt), entry.actor.label(), actionLabel(entry.action),
                    customerText(entry), describe(entry)});
            });
        },
        progress, "audit export");
    if (!result.ok())
        return result;
    try {
        recordExport(
            m_db.auditActor(), {QStringLiteral("audit"), QString(), {}, result.rows, fileNameOf(device)});
    } catch (const StorageError &error) {
        spdlog::error("audit export not recorded: {}", error.detail().toStdString());
        result.error = error.userMessage();
    }
    return result;
}

} // namespace atelier
