#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

using SatisfactionId = qint64;

// When the customer gave her score (满意度): after a visit, a follow-up, a campaign she attended or
// answered, a complaint's call-back, or in a survey read from a file. Codes are stored and printed.
enum class SatisfactionOccasion
{
    Visit,
    FollowUp,
    Campaign,
    Complaint,
    Survey
};

QString satisfactionOccasionCode(SatisfactionOccasion occasion); // "visit", "follow_up", "campaign", …
std::optional<SatisfactionOccasion> satisfactionOccasionFromCode(const QString &code);

// A 1-5 score with a comment, as stored in satisfaction_scores (migration 023). The occasion's own row
// is linked where there is one; staff is the clerk the score is about (none: no clerk can be named).
struct SatisfactionScore
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionScore)
public:
    SatisfactionId id = 0;
    CustomerId customer = 0;
    QDate scoredOn; // the store's local day she gave it
    int score = 0; // 1 (very unhappy) … 5 (very happy)
    QString comment;
    SatisfactionOccasion occasion = SatisfactionOccasion::Visit;
    std::optional<qint64> sale;
    std::optional<qint64> followUp;
    std::optional<qint64> campaign;
    std::optional<qint64> complaint;
    std::optional<StaffId> staff;
    QDateTime recordedAt;
    std::optional<StaffId> recordedBy; // none: an import or the command line
    QString importKey; // a survey row's key; empty for a score recorded in the shop

    static constexpr int lowest = 1;
    static constexpr int highest = 5;
    static constexpr int maxCommentLength = 500;

    // A score of 4 or 5 counts as satisfied (the satisfaction rate, docs/reports.md).
    static bool isSatisfied(int score) { return score >= 4; }

    // The first problem, naming the field as the dialog and the CLI name it ("customer", "score",
    // "scored_on", "comment", "occasion"); nothing when it may be stored. The comment is checked trimmed.
    struct Problem
    {
        QString field;
        QString message;
    };
    std::optional<Problem> check() const;

    // Every occasion, in the order a list offers them.
    static QList<SatisfactionOccasion> occasions();
    // For people: "Visit", "Follow-up", "Campaign", "Complaint call-back", "Survey".
    static QString occasionLabel(SatisfactionOccasion occasion);
};

// The scores of one group (a month, a clerk): how many, their sum and how many were 4 or 5.
struct SatisfactionFigures
{
    int scores = 0;
    qint64 sum = 0;
    int satisfied = 0; // scores of 4 or 5
    double average() const { return scores > 0 ? double(sum) / scores : 0.0; }
    // The share of 4 and 5 among the scores, 0..1 (docs/reports.md).
    double rate() const { return scores > 0 ? double(satisfied) / scores : 0.0; }
    bool operator==(const SatisfactionFigures &) const = default;
};

struct SatisfactionMonth
{
    QString month; // YYYY-MM
    SatisfactionFigures figures;
    bool operator==(const SatisfactionMonth &) const = default;
};

struct SatisfactionClerk
{
    std::optional<qint64> staff; // none: scores no clerk can be named for
    QString name; // the clerk's display name; empty for none
    SatisfactionFigures figures;
    bool operator==(const SatisfactionClerk &) const = default;
};

} // namespace atelier
