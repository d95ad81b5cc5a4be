#pragma once

#include "core/phone_number.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

using CustomerId = qint64;
using StaffId = qint64;
using TagId = qint64;

enum class Gender
{
    Unknown,
    Female,
    Male,
    Other
};
enum class BodyType
{
    Unknown,
    Regular,
    Plus,
    Petite
};
enum class SourceChannel
{
    WalkIn,
    WeChat,
    Douyin,
    ECommerce,
    Referral,
    Event,
    Other
};
enum class ContactChannel
{
    Unknown,
    Phone,
    WeChat,
    Sms,
    Visit
};
enum class PromotionReceptiveness
{
    Unknown,
    Welcomes,
    Occasional,
    Dislikes
};

// When a consent was last given or withdrawn (local date) and who recorded it, named as the audit
// trail names people ("李晓雯", "cli:alice"); empty when not known (consents from before 013).
struct ConsentChange
{
    QDate on;
    QString by;
    bool operator==(const ConsentChange &) const = default;
};

// The customer archive (顾客档案): the hard facts the clerk can check and the soft facts that make
// service personal. Only name and phone are required; everything else can come later.
struct Customer
{
    CustomerId id = 0;

    // Hard facts (硬件档案).
    QString name;
    PhoneNumber phone;
    Gender gender = Gender::Unknown;
    QString ethnicity;
    std::optional<QDate> birthday;
    // When only an approximate age is known: the birth year it implies.
    std::optional<int> birthYear;
    QString wechatId;
    QString email;
    QString address;
    QString sizeTop;
    QString sizeBottom;
    QString sizeShoe;
    BodyType bodyType = BodyType::Unknown;
    QString occupation;

    // Soft facts (软件档案).
    QString workAndFamily;
    QString personality;
    QString consumptionHabits;
    QString dressPreferences;
    QString hobbies;
    QString lifestyle;
    QString serviceStyle;
    ContactChannel preferredChannel = ContactChannel::Unknown;
    PromotionReceptiveness promotionReceptiveness = PromotionReceptiveness::Unknown;
    QString values;
    QString notes;

    // Where they came from.
    SourceChannel source = SourceChannel::WalkIn;
    std::optional<CustomerId> referrerId;

    // The Black tier's personal stylist (issue 22): a member of staff chosen on the archive.
    std::optional<StaffId> stylistId;

    // The member card's number (issue 24), as MemberCardNumber normalises it; empty: no card yet.
    QString cardNo;

    // Consent: to storing birthday/address/soft facts and to marketing, each with its last change
    // (given or withdrawn). CustomerService::save writes the changes; what a form passes is ignored.
    bool consentProfile = false;
    bool consentMarketing = false;
    std::optional<ConsentChange> consentProfileChange;
    std::optional<ConsentChange> consentMarketingChange;

    // Set when the customer was erased on request: the personal fields are gone for good and the
    // row can no longer be edited; it stays for the sales, points and reports that count it.
    std::optional<QDateTime> erasedAt;

    std::optional<StaffId> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The row's version as read (issue 25): every write to the row adds one, and a write of the whole
    // row is refused when the stored version is no longer this one, so that an edit made at another
    // counter meanwhile is never overwritten unseen.
    qint64 rowVersion = 0;
};

struct Tag
{
    enum class Category
    {
        Style,
        Size,
        Scene,
        Colour,
        Material,
        LifeStage,
        Other
    };
    TagId id = 0;
    QString name;
    Category category = Category::Other;
};

struct LifeEvent
{
    enum class Kind
    {
        Promotion,
        Wedding,
        NewBaby,
        Moving,
        Graduation,
        Other
    };
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate date;
    Kind kind = Kind::Other;
    QString note;
};

// An erased customer's row keeps its id with these in place of name and phone: a name no person
// has ("—", shown as "Erased customer" where the screen knows) and a phone that is unique but no
// number ("erased:12"), so that no search, lookup or import ever matches it.
QString erasedCustomerName();
QString erasedPhoneMarker(CustomerId id);

// Stable text codes used in the database and in CSV files; never shown to people as they are.
QString toCode(Gender value);
QString toCode(BodyType value);
QString toCode(SourceChannel value);
QString toCode(ContactChannel value);
QString toCode(PromotionReceptiveness value);
QString toCode(Tag::Category value);
QString toCode(LifeEvent::Kind value);
Gender genderFromCode(const QString &code);
BodyType bodyTypeFromCode(const QString &code);
SourceChannel sourceFromCode(const QString &code);
ContactChannel contactChannelFromCode(const QString &code);
PromotionReceptiveness receptivenessFromCode(const QString &code);
Tag::Category tagCategoryFromCode(const QString &code);
LifeEvent::Kind lifeEventKindFromCode(const QString &code);

} // namespace atelier
