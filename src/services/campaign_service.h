#pragma once

#include "core/campaign.h"
#include "core/message_template.h"
#include "core/read_result.h"
#include "services/csv_export.h"
#include "services/sms_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

class Clock;
class Database;

// What the manager asks for: everything of a Campaign but what creation sets.
struct CampaignDraft
{
    QString name;
    CampaignKind kind = CampaignKind::MemberDay;
    QDate firstDay;
    QDate lastDay;
    AudienceFilters filters;
    int holdoutPercent = 10; // whole number 0–99
    std::optional<quint64> seed; // none: drawn at random and recorded
    std::optional<CampaignOffer> offer;
};

// The audience the filters would freeze now, before anything is written.
struct AudiencePreview
{
    int customers = 0;
    int invited = 0;
    int holdout = 0;
};

// A creation, a preview or a read that may be refused for what the user gave (bad input: the CLI's
// exit 2) or fail for another reason (exit 1).
template <typename T> struct CampaignResult
{
    std::optional<T> value;
    QString error; // set when there is no value
    bool badInput = false; // the error is about what was asked (filters, dates, codes)
    QString warning; // set with a value that is allowed but suspicious (a holdout of 0 %)
    bool ok() const { return value.has_value(); }

    // Refused for what was asked.
    static CampaignResult refused(QString why)
    {
        CampaignResult result;
        result.error = std::move(why);
        result.badInput = true;
        return result;
    }
    // Failed to read or write (campaignFailureText logs the detail).
    static CampaignResult failed(QString why)
    {
        CampaignResult result;
        result.error = std::move(why);
        return result;
    }
};

class StorageError;
// Logs what failed with the storage's detail (nothing personal) and gives the sentence for people.
QString campaignFailureText(const char *what, const StorageError &error);

// One invitation to copy into a message (WeChat): whom, and the filled text.
struct CampaignMessageCopy
{
    CustomerId customer = 0;
    QString name;
    QString text;
};

// Campaigns: a frozen audience with a random holdout, the offer as coupons, and the effect (issue 21).
// The offer's coupons are issued to the invited group in the creating transaction. Safe on a worker
// thread with its own Database.
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)
public:
    CampaignService(Database &db, const Clock &clock);

    static constexpr int defaultHoldoutPercent = 10;
    static constexpr int defaultAttributionDays = 14;

    // How many customers the filters select now and how the holdout would split them. Bad input:
    // reversed dates, an unknown segment, tier or tag (listing the valid codes), filters that leave
    // nobody (naming the filter that emptied the audience).
    CampaignResult<AudiencePreview> preview(
        const AudienceFilters &filters, int holdoutPercent = defaultHoldoutPercent);
    // Checks the draft as preview() does (and the name, the holdout 0–99, the offer), freezes the
    // audience, draws the holdout and issues the offer's coupons to the invited group: one transaction.
    // A holdout of 0 % succeeds with a warning (nothing to measure against).
    CampaignResult<CampaignId> create(const CampaignDraft &draft);

    // Newest first.
    ReadResult<QList<CampaignSummary>> list();
    // badInput when there is no such campaign.
    CampaignResult<Campaign> get(CampaignId id);
    // The frozen audience, ordered by customer id.
    CampaignResult<QList<CampaignMember>> members(CampaignId id);
    // Both groups side by side and the lifts; attribution days 0 or more (bad input otherwise).
    CampaignResult<CampaignEffect> effect(CampaignId id, int attributionDays = defaultAttributionDays);

    // The invited group's invitations as the bulk-SMS CSV (SmsExport's rules: consent, mobile, quiet
    // period). Sets invited_at and records a campaign contact for every customer written.
    ExportResult exportSms(CampaignId id, QIODevice &device, const MessageTemplate &messageTemplate,
        SmsExportSummary *summary, const ExportProgress &progress = {}, std::optional<StaffId> by = {});
    // The invited group's invitations as message copies (WeChat), marketing consent required; sets
    // invited_at and records a campaign contact (channel wechat) for each copy.
    CampaignResult<QList<CampaignMessageCopy>> messageCopies(
        CampaignId id, const MessageTemplate &messageTemplate, std::optional<StaffId> by = {});

    // The valid codes, for the bad-input messages and the page's choices.
    static QStringList segmentCodes(); // store segments, then named segments
    static QStringList tierCodes(); // silver, gold, black, none
    static QStringList kindCodes();
    // "The invited group converted 3.2 points more … (95 % interval …)" or "… cannot be told apart from
    // chance", in the UI language.
    static QString describeConversion(const CampaignEffect &effect);
    static QString describeRevenue(const CampaignEffect &effect);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
