#include "core/labels.h"

namespace atelier {

QString Labels::of(Gender value)
{
    switch (value) {
    case Gender::Unknown:
        return QString();
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(BodyType value)
{
    switch (value) {
    case BodyType::Unknown:
        return QString();
    case BodyType::Regular:
        return tr("Regular");
    case BodyType::Plus:
        return tr("Plus size");
    case BodyType::Petite:
        return tr("Petite");
    }
    return QString();
}

QString Labels::of(SourceChannel value)
{
    switch (value) {
    case SourceChannel::WalkIn:
        return tr("Walk-in");
    case SourceChannel::WeChat:
        return tr("WeChat");
    case SourceChannel::Douyin:
        return tr("Douyin");
    case SourceChannel::ECommerce:
        return tr("Online shop");
    case SourceChannel::Referral:
        return tr("Referral");
    case SourceChannel::Event:
        return tr("Event");
    case SourceChannel::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(ContactChannel value)
{
    switch (value) {
    case ContactChannel::Unknown:
        return QString();
    case ContactChannel::Phone:
        return tr("Phone call");
    case ContactChannel::WeChat:
        return tr("WeChat");
    case ContactChannel::Sms:
        return tr("SMS");
    case ContactChannel::Visit:
        return tr("Visit");
    }
    return QString();
}

QString Labels::of(PromotionReceptiveness value)
{
    switch (value) {
    case PromotionReceptiveness::Unknown:
        return QString();
    case PromotionReceptiveness::Welcomes:
        return tr("Welcomes promotions");
    case PromotionReceptiveness::Occasional:
        return tr("Occasionally");
    case PromotionReceptiveness::Dislikes:
        return tr("Dislikes promotions");
    }
    return QString();
}

QString Labels::of(Tag::Category value)
{
    switch (value) {
    case Tag::Category::Style:
        return tr("Style");
    case Tag::Category::Size:
        return tr("Size need");
    case Tag::Category::Scene:
        return tr("Scene");
    case Tag::Category::Colour:
        return tr("Colour");
    case Tag::Category::Material:
        return tr("Material");
    case Tag::Category::LifeStage:
        return tr("Life stage");
    case Tag::Category::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(LifeEvent::Kind value)
{
    switch (value) {
    case LifeEvent::Kind::Promotion:
        return tr("Promotion");
    case LifeEvent::Kind::Wedding:
        return tr("Wedding");
    case LifeEvent::Kind::NewBaby:
        return tr("New baby");
    case LifeEvent::Kind::Moving:
        return tr("Moved house");
    case LifeEvent::Kind::Graduation:
        return tr("Graduation");
    case LifeEvent::Kind::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(Tier value)
{
    switch (value) {
    case Tier::None:
        return tr("Member");
    case Tier::Silver:
        return tr("Silver");
    case Tier::Gold:
        return tr("Gold");
    case Tier::Black:
        return tr("Black");
    }
    return QString();
}

QString Labels::of(StoreSegment value)
{
    switch (value) {
    case StoreSegment::None:
        return tr("No purchase yet");
    case StoreSegment::Vip:
        return tr("VIP");
    case StoreSegment::Active:
        return tr("Active");
    case StoreSegment::Potential:
        return tr("Potential");
    case StoreSegment::Occasional:
        return tr("Occasional");
    case StoreSegment::Lapsing:
        return tr("Lapsing");
    case StoreSegment::Dormant:
        return tr("Dormant");
    case StoreSegment::LapsedRegular:
        return tr("Lapsed regular");
    }
    return QString();
}

QString Labels::of(NamedSegment value)
{
    switch (value) {
    case NamedSegment::None:
        return tr("No purchase yet");
    case NamedSegment::Champions:
        return tr("Champions");
    case NamedSegment::Loyal:
        return tr("Loyal");
    case NamedSegment::PotentialLoyalist:
        return tr("Potential loyalists");
    case NamedSegment::New:
        return tr("New customers");
    case NamedSegment::Promising:
        return tr("Promising");
    case NamedSegment::NeedAttention:
        return tr("Need attention");
    case NamedSegment::AboutToSleep:
        return tr("About to sleep");
    case NamedSegment::AtRisk:
        return tr("At risk");
    case NamedSegment::CantLoseThem:
        return tr("Can't lose them");
    case NamedSegment::Hibernating:
        return tr("Hibernating");
    case NamedSegment::Lost:
        return tr("Lost");
    }
    return QString();
}

QString Labels::of(PointsMovement::Kind value)
{
    switch (value) {
    case PointsMovement::Kind::Earn:
        return tr("earned");
    case PointsMovement::Kind::Reverse:
        return tr("taken back");
    case PointsMovement::Kind::Redeem:
        return tr("redeemed");
    case PointsMovement::Kind::Adjust:
        return tr("adjusted");
    case PointsMovement::Kind::Expire:
        return tr("expired");
    }
    return QString();
}

QString Labels::of(NightlyRun::StartedBy value)
{
    switch (value) {
    case NightlyRun::StartedBy::Timer:
        return tr("Nightly timer");
    case NightlyRun::StartedBy::CatchUp:
        return tr("Catch-up at start");
    case NightlyRun::StartedBy::Cli:
        return tr("Command line");
    case NightlyRun::StartedBy::Manual:
        return tr("Recompute now");
    }
    return QString();
}

QString Labels::of(NightlyRun::Result value)
{
    switch (value) {
    case NightlyRun::Result::Running:
        return tr("Running");
    case NightlyRun::Result::Ok:
        return tr("OK");
    case NightlyRun::Result::Failed:
        return tr("Failed");
    case NightlyRun::Result::Cancelled:
        return tr("Cancelled");
    case NightlyRun::Result::Interrupted:
        return tr("Interrupted");
    }
    return QString();
}

QString Labels::of(ComplaintChannel value)
{
    switch (value) {
    case ComplaintChannel::InStore:
        return tr("In store");
    case ComplaintChannel::Phone:
        return tr("Phone");
    case ComplaintChannel::WeChat:
        return tr("WeChat");
    case ComplaintChannel::Online:
        return tr("Online");
    }
    return QString();
}

QString Labels::of(ComplaintCategory value)
{
    switch (value) {
    case ComplaintCategory::Quality:
        return tr("Quality");
    case ComplaintCategory::Size:
        return tr("Size and fit");
    case ComplaintCategory::Service:
        return tr("Service");
    case ComplaintCategory::Delivery:
        return tr("Delivery");
    case ComplaintCategory::Price:
        return tr("Price");
    case ComplaintCategory::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(ComplaintSeverity value)
{
    switch (value) {
    case ComplaintSeverity::Low:
        return tr("Low");
    case ComplaintSeverity::Medium:
        return tr("Medium");
    case ComplaintSeverity::High:
        return tr("High");
    }
    return QString();
}

QString Labels::of(ComplaintState value)
{
    switch (value) {
    case ComplaintState::Received:
        return tr("Received");
    case ComplaintState::Acknowledged:
        return tr("Acknowledged");
    case ComplaintState::Investigating:
        return tr("Investigating");
    case ComplaintState::ResolutionOffered:
        return tr("Resolution offered");
    case ComplaintState::Resolved:
        return tr("Resolved");
    case ComplaintState::CalledBack:
        return tr("Called back");
    case ComplaintState::Closed:
        return tr("Closed");
    }
    return QString();
}

QString Labels::of(Resolution value)
{
    switch (value) {
    case Resolution::None:
        return QString();
    case Resolution::Refund:
        return tr("Refund");
    case Resolution::Exchange:
        return tr("Exchange");
    case Resolution::Repair:
        return tr("Repair");
    case Resolution::Coupon:
        return tr("Coupon");
    case Resolution::Accessory:
        return tr("Matching accessory");
    case Resolution::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::of(TaskChannel value)
{
    switch (value) {
    case TaskChannel::Phone:
        return tr("Phone");
    case TaskChannel::WeChat:
        return tr("WeChat");
    case TaskChannel::Sms:
        return tr("SMS");
    case TaskChannel::Visit:
        return tr("Visit");
    }
    return QString();
}

QString Labels::of(TaskPurpose value)
{
    switch (value) {
    case TaskPurpose::Planned:
        return tr("Planned call-back");
    case TaskPurpose::Birthday:
        return tr("Birthday");
    case TaskPurpose::PurchaseCycle:
        return tr("Purchase-cycle wake-up");
    case TaskPurpose::Dormant:
        return tr("Dormant reactivation");
    case TaskPurpose::ComplaintCallback:
        return tr("Complaint call-back");
    case TaskPurpose::Holiday:
        return tr("Holiday greeting");
    case TaskPurpose::LifeEvent:
        return tr("Life event");
    case TaskPurpose::Activation:
        return tr("New buyer brought back");
    case TaskPurpose::ThankYou:
        return tr("Thank-you message");
    case TaskPurpose::Arrival:
        return tr("It's in");
    case TaskPurpose::Prospect:
        return tr("First follow-up of a prospect");
    }
    return QString();
}

QString Labels::of(TaskStatus value)
{
    switch (value) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString Labels::of(TaskOutcome value)
{
    switch (value) {
    case TaskOutcome::None:
        return QString();
    case TaskOutcome::Reached:
        return tr("Reached");
    case TaskOutcome::NoAnswer:
        return tr("No answer");
    case TaskOutcome::Declined:
        return tr("Declined");
    case TaskOutcome::VisitBooked:
        return tr("Visit booked");
    case TaskOutcome::Purchased:
        return tr("Purchased");
    case TaskOutcome::Other:
        return tr("Other");
    }
    return QString();
}

} // namespace atelier
