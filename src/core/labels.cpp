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

} // namespace atelier
