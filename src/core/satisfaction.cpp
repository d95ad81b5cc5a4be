#include "core/satisfaction.h"

#include "core/code_table.h"

namespace atelier {

namespace {

constexpr CodeTable<SatisfactionOccasion, 5> kOccasions{{
    {SatisfactionOccasion::Visit, "visit"},
    {SatisfactionOccasion::FollowUp, "follow_up"},
    {SatisfactionOccasion::Campaign, "campaign"},
    {SatisfactionOccasion::Complaint, "complaint"},
    {SatisfactionOccasion::Survey, "survey"},
}};

std::optional<SatisfactionScore::Problem> problem(const char *field, const QString &message)
{
    return SatisfactionScore::Problem{QString::fromLatin1(field), message};
}

} // namespace

QString satisfactionOccasionCode(SatisfactionOccasion occasion)
{
    return codeIn(kOccasions, occasion);
}

std::optional<SatisfactionOccasion> satisfactionOccasionFromCode(const QString &code)
{
    return valueIn(kOccasions, code);
}

std::optional<SatisfactionScore::Problem> SatisfactionScore::check() const
{
    if (customer <= 0)
        return problem("customer", tr("Customer: choose whose score it is."));
    if (score < lowest || score > highest)
        return problem("score", tr("Score: give a whole number from %1 to %2.").arg(lowest).arg(highest));
    if (!scoredOn.isValid())
        return problem("scored_on", tr("Date: give the day she gave the score."));
    if (comment.trimmed().size() > maxCommentLength)
        return problem("comment", tr("Comment: at most %1 characters.").arg(maxCommentLength));
    const bool linked = occasion == SatisfactionOccasion::FollowUp ? followUp.has_value()
        : occasion == SatisfactionOccasion::Campaign               ? campaign.has_value()
        : occasion == SatisfactionOccasion::Complaint              ? complaint.has_value()
                                                                   : true;
    if (!linked)
        return problem(
            "occasion", tr("Occasion: name the follow-up, campaign or complaint the score is about."));
    return std::nullopt;
}

QList<SatisfactionOccasion> SatisfactionScore::occasions()
{
    return {SatisfactionOccasion::Visit, SatisfactionOccasion::FollowUp, SatisfactionOccasion::Campaign,
        SatisfactionOccasion::Complaint, SatisfactionOccasion::Survey};
}

QString SatisfactionScore::occasionLabel(SatisfactionOccasion occasion)
{
    switch (occasion) {
    case SatisfactionOccasion::Visit:
        return tr("Visit");
    case SatisfactionOccasion::FollowUp:
        return tr("Follow-up");
    case SatisfactionOccasion::Campaign:
        return tr("Campaign");
    case SatisfactionOccasion::Complaint:
        return tr("Complaint call-back");
    case SatisfactionOccasion::Survey:
        return tr("Survey");
    }
    return QString();
}

} // namespace atelier
