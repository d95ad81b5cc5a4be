#pragma once

#include "core/read_result.h"
#include "core/report_period.h"
#include "core/satisfaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// What recording a score gives back: the score as stored, or the field at fault and why not.
struct SatisfactionResult
{
    std::optional<SatisfactionScore> score;
    QString field; // "customer", "score", "scored_on", "comment", "occasion"; empty for other failures
    QString message;
    bool ok() const { return score.has_value(); }
};

// The Satisfaction tab's figures: month by month over the period, the whole period, and per clerk.
struct SatisfactionReport
{
    ReportPeriod period;
    QList<SatisfactionMonth> months;
    SatisfactionFigures total;
    QList<SatisfactionClerk> clerks;
};

// Satisfaction scores (满意度, issue 24): a 1-5 score with a comment, recorded by any clerk after a visit
// (about the sale's clerk), a follow-up (about who did it), a campaign she attended or answered (about
// no clerk: the event is the store's) or a complaint's call-back (about whoever records the call-back),
// each audited without the comment; survey files come in through SurveyImport. The manager reads the
// satisfaction rate (the share of 4 and 5, docs/reports.md) month by month and per clerk. Safe on a
// worker with its own Database.
class Satisfaction
{
    Q_DECLARE_TR_FUNCTIONS(Satisfaction)
public:
    Satisfaction(Database &db, const Clock &clock);

    // After a visit: the sale's clerk when a sale of hers is named, else whoever records it.
    SatisfactionResult recordVisit(
        CustomerId customer, int score, const QString &comment, std::optional<qint64> sale = {});
    SatisfactionResult recordFollowUp(CustomerId customer, qint64 task, int score, const QString &comment);
    SatisfactionResult recordCampaign(
        CustomerId customer, qint64 campaign, int score, const QString &comment);
    SatisfactionResult recordComplaint(
        CustomerId customer, qint64 complaint, int score, const QString &comment);
    // Any occasion but a survey, with its link set (the ones above end here): checked, stored today by the
    // connection's actor, audited, announced.
    SatisfactionResult record(const SatisfactionScore &draft);

    // Her latest sale today, for the card's "after a visit" (none: she bought nothing today).
    ReadResult<std::optional<qint64>> saleToday(CustomerId customer);
    ReadResult<QList<SatisfactionScore>> scoresOf(CustomerId customer);
    // The manager's report; a clerk gets a refusal.
    ReadResult<SatisfactionReport> report(const ReportPeriod &period);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
