#include "services/satisfaction.h"

#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/satisfaction_query.h"
#include "storage/satisfaction_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// A score of `occasion` about the row `id` of it (its `link` field).
SatisfactionScore draftOf(CustomerId customer, SatisfactionOccasion occasion,
    std::optional<qint64> SatisfactionScore::*link, std::optional<qint64> id, int score,
    const QString &comment)
{
    SatisfactionScore s;
    s.customer = customer;
    s.occasion = occasion;
    s.*link = id;
    s.score = score;
    s.comment = comment;
    return s;
}

} // namespace

Satisfaction::Satisfaction(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

SatisfactionResult Satisfaction::recordVisit(
    CustomerId customer, int score, const QString &comment, std::optional<qint64> sale)
{
    return record(
        draftOf(customer, SatisfactionOccasion::Visit, &SatisfactionScore::sale, sale, score, comment));
}

SatisfactionResult Satisfaction::recordFollowUp(
    CustomerId customer, qint64 task, int score, const QString &comment)
{
    return record(draftOf(
        customer, SatisfactionOccasion::FollowUp, &SatisfactionScore::followUp, task, score, comment));
}

SatisfactionResult Satisfaction::recordCampaign(
    CustomerId customer, qint64 campaign, int score, const QString &comment)
{
    return record(draftOf(
        customer, SatisfactionOccasion::Campaign, &SatisfactionScore::campaign, campaign, score, comment));
}

SatisfactionResult Satisfaction::recordComplaint(
    CustomerId customer, qint64 complaint, int score, const QString &comment)
{
    return record(draftOf(
        customer, SatisfactionOccasion::Complaint, &SatisfactionScore::complaint, complaint, score, comment));
}

SatisfactionResult Satisfaction::record(const SatisfactionScore &draft)
{
    SatisfactionResult result;
    if (const QString refused = Access::refusal(m_db, Permission::ServeCustomers); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    SatisfactionScore s = draft;
    s.id = 0;
    s.comment = draft.comment.trimmed();
    s.scoredOn = m_clock.today();
    s.recordedAt = m_clock.now();
    s.recordedBy = m_db.auditActor().staffId;
    s.importKey.clear();
    s.staff.reset();
    auto refuse = [&result](const char *field, const QString &message) {
        result.field = QString::fromLatin1(field);
        result.message = message;
        return result;
    };
    if (s.occasion == SatisfactionOccasion::Survey)
        return refuse("occasion", tr("Occasion: survey scores come in from a survey file (Import)."));
    if (const std::optional<SatisfactionScore::Problem> problem = s.check())
        return refuse(problem->field.toLatin1().constData(), problem->message);
    try {
        Transaction transaction(m_db.connection());
        SatisfactionRepository scores(m_db.connection());
        // The clerk the score is about, and whether the row it names is hers.
        SatisfactionRepository::Owner owner{true, s.recordedBy};
        switch (s.occasion) {
        case SatisfactionOccasion::Visit:
            if (s.sale) {
                owner = scores.sale(s.customer, *s.sale);
                if (!owner.staff)
                    owner.staff = s.recordedBy;
            }
            break;
        case SatisfactionOccasion::FollowUp:
            owner = scores.followUp(s.customer, *s.followUp);
            break;
        case SatisfactionOccasion::Campaign:
            owner = scores.campaign(s.customer, *s.campaign);
            break;
        case SatisfactionOccasion::Complaint:
            owner = scores.complaint(s.customer, *s.complaint);
            if (s.recordedBy) // who makes the call-back records it
                owner.staff = s.recordedBy;
            break;
        case SatisfactionOccasion::Survey:
            break;
        }
        if (!owner.belongs)
            return refuse("occasion",
                s.occasion == SatisfactionOccasion::Campaign
                    ? tr("Occasion: she neither answered nor came to this campaign.")
                    : tr("Occasion: the sale, follow-up or complaint named is not hers."));
        s.staff = owner.staff;
        s.id = scores.insert(s).value_or(0);
        AuditTrail(m_db, m_clock).recordSatisfaction(m_db.auditActor(), s);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("satisfaction score could not be recorded: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    spdlog::info(
        "satisfaction score {} recorded ({})", s.id, satisfactionOccasionCode(s.occasion).toStdString());
    ChangeNotifier::post(Change::What::Satisfaction, {s.id}, {s.customer});
    result.score = s;
    return result;
}

ReadResult<std::optional<qint64>> Satisfaction::saleToday(CustomerId customer)
{
    return tryRead<std::optional<qint64>>("sale today",
        [&] { return SatisfactionRepository(m_db.connection()).latestSaleOn(customer, m_clock.today()); });
}

ReadResult<QList<SatisfactionScore>> Satisfaction::scoresOf(CustomerId customer)
{
    return tryRead<QList<SatisfactionScore>>("satisfaction scores",
        [&] { return SatisfactionRepository(m_db.connection()).forCustomer(customer); });
}

ReadResult<SatisfactionReport> Satisfaction::report(const ReportPeriod &period)
{
    if (const QString refused = Access::refusal(m_db, Permission::SeeOtherClerksReports); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<SatisfactionReport>("satisfaction report", [&] {
        SatisfactionQuery query(m_db.connection());
        SatisfactionReport report;
        report.period = period;
        report.months = query.byMonth(period.startKey(), period.endKey());
        for (const SatisfactionMonth &month : std::as_const(report.months)) {
            report.total.scores += month.figures.scores;
            report.total.sum += month.figures.sum;
            report.total.satisfied += month.figures.satisfied;
        }
        report.clerks = query.byClerk(period.startKey(), period.endKey());
        return report;
    });
}

} // namespace atelier
