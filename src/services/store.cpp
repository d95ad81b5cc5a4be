#include "services/store.h"

#include "services/access.h"
#include "services/account_service.h"
#include "services/archive_service.h"
#include "services/audit_trail.h"
#include "services/backup_service.h"
#include "services/benefit_service.h"
#include "services/campaign_responses.h"
#include "services/campaign_service.h"
#include "services/change_notifier.h"
#include "services/complaint_analysis.h"
#include "services/complaint_service.h"
#include "services/contact_reveal.h"
#include "services/counter_search.h"
#include "services/counter_shift.h"
#include "services/coupon_service.h"
#include "services/customer_erasure.h"
#include "services/customer_export.h"
#include "services/customer_history.h"
#include "services/customer_link_import.h"
#include "services/customer_merge.h"
#include "services/member_cards.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/handover_notes.h"
#include "services/holiday_calendar.h"
#include "services/lost_sales.h"
#include "services/satisfaction.h"
#include "services/survey_import.h"
#include "services/staff_goals.h"
#include "services/loyalty_report.h"
#include "services/loyalty_service.h"
#include "services/message_templates.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/prediction_service.h"
#include "services/referrals.h"
#include "services/reports.h"
#include "services/sale_service.h"
#include "services/sales_import.h"
#include "services/service_settings.h"
#include "services/sms_export.h"
#include "services/staff_directory.h"
#include "services/store_settings.h"
#include "storage/database.h"
#include "storage/store_location.h"

#include <QElapsedTimer>

#include <utility>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

std::optional<AuditActor> &processActor()
{
    static std::optional<AuditActor> actor;
    return actor;
}

} // namespace

Store::Store(const Clock *clock)
    : m_clock(clock ? clock : &m_systemClock)
    , m_db(std::make_unique<Database>())
{
}

Store::~Store()
{
    // Services hold prepared statements on the connection: release them before it closes.
    m_campaigns.reset();
    m_campaignResponses.reset();
    m_coupons.reset();
    m_benefits.reset();
    m_holidays.reset();
    m_lostSales.reset();
    m_satisfaction.reset();
    m_surveyImport.reset();
    m_staffGoals.reset();
    m_smsExport.reset();
    m_salesImport.reset();
    m_reports.reset();
    m_predictions.reset();
    m_nightlyJob.reset();
    m_merge.reset();
    m_memberCards.reset();
    m_customerLinkImport.reset();
    m_customerExport.reset();
    m_history.reset();
    m_erasure.reset();
    m_contactReveal.reset();
    m_complaintAnalysis.reset();
    m_backups.reset();
    m_auditTrail.reset();
    m_accounts.reset();
    m_handover.reset();
    m_templates.reset();
    m_followUps.reset();
    m_complaints.reset();
    m_serviceSettings.reset();
    m_shift.reset();
    m_staff.reset();
    m_loyaltyReport.reset();
    m_loyalty.reset();
    m_settings.reset();
    m_archive.reset();
    m_points.reset();
    m_sales.reset();
    m_customers.reset();
    m_search.reset();
    m_db.reset();
}

bool Store::open(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_db->open(path)) {
        spdlog::error("database not opened: problem {}", static_cast<int>(m_db->problem()));
        return false;
    }
    spdlog::info("database opened, schema version {}, {} ms", m_db->schemaVersion(), timer.elapsed());
    m_db->setAuditClock(m_clock);
    m_search = std::make_unique<CounterSearch>(*m_db);
    m_customers = std::make_unique<CustomerService>(*m_db, *m_clock);
    m_sales = std::make_unique<SaleService>(*m_db, *m_clock);
    m_points = std::make_unique<PointsService>(*m_db, *m_clock);
    m_points->followSales(*m_sales);
    m_archive = std::make_unique<ArchiveService>(*m_db);
    m_settings = std::make_unique<StoreSettings>(*m_db);
    m_loyalty = std::make_unique<LoyaltyService>(*m_db, *m_clock);
    m_loyaltyReport = std::make_unique<LoyaltyReport>(*m_db);
    m_staff = std::make_unique<StaffDirectory>(*m_db);
    m_shift = std::make_unique<CounterShift>(*m_db);
    QObject::connect(m_shift.get(), &CounterShift::changed, m_shift.get(), [this] { refreshActor(); });
    refreshActor();
    m_serviceSettings = std::make_unique<ServiceSettings>(*m_db);
    m_complaints = std::make_unique<ComplaintService>(*m_db, *m_clock);
    m_followUps = std::make_unique<FollowUpService>(*m_db, *m_clock);
    m_templates = std::make_unique<MessageTemplates>(*m_db, *m_clock);
    m_handover = std::make_unique<HandoverNotes>(*m_db, *m_clock);
    announceWrites();
    return true;
}

// The services with change signals say what they wrote to this store's windows; the process's
// notifier tells every window, whichever thread this store is on. (Services without signals
// announce their writes themselves.)
void Store::announceWrites()
{
    using What = Change::What;
    CustomerService *customers = m_customers.get();
    QObject::connect(customers, &CustomerService::customerSaved, customers,
        [](CustomerId id, bool) { ChangeNotifier::post(What::Customers, {id}); });
    SaleService *sales = m_sales.get();
    QObject::connect(
        sales, &SaleService::saleRecorded, sales, [](SaleId sale, std::optional<CustomerId> customer) {
            ChangeNotifier::post(
                What::Sales, {sale}, customer ? QList<CustomerId>{*customer} : QList<CustomerId>());
        });
    QObject::connect(
        sales, &SaleService::returnRecorded, sales, [](SaleLineId, std::optional<CustomerId> customer) {
            ChangeNotifier::post(
                What::Sales, {}, customer ? QList<CustomerId>{*customer} : QList<CustomerId>());
        });
    PointsService *points = m_points.get();
    QObject::connect(points, &PointsService::pointsChanged, points,
        [](CustomerId customer) { ChangeNotifier::post(What::Points, {customer}, {customer}); });
    ComplaintService *complaints = m_complaints.get();
    QObject::connect(complaints, &ComplaintService::complaintChanged, complaints,
        [](ComplaintId id) { ChangeNotifier::post(What::Complaints, {id}); });
    FollowUpService *followUps = m_followUps.get();
    QObject::connect(
        followUps, &FollowUpService::tasksChanged, followUps, [] { ChangeNotifier::post(What::Tasks); });
    MessageTemplates *templates = m_templates.get();
    QObject::connect(templates, &MessageTemplates::templatesChanged, templates,
        [] { ChangeNotifier::post(What::Templates); });
    HandoverNotes *handover = m_handover.get();
    QObject::connect(
        handover, &HandoverNotes::notesChanged, handover, [] { ChangeNotifier::post(What::Handover); });
}

ChangeNotifier &Store::changes()
{
    return ChangeNotifier::instance();
}

namespace {

template <typename Service, typename... Args>
Service &created(std::unique_ptr<Service> &service, Args &&...args)
{
    if (!service)
        service = std::make_unique<Service>(std::forward<Args>(args)...);
    return *service;
}

} // namespace

AccountService &Store::accounts()
{
    return created(m_accounts, *m_db, *m_clock);
}

AuditTrail &Store::auditTrail()
{
    return created(m_auditTrail, *m_db, *m_clock);
}

BackupService &Store::backups()
{
    return created(m_backups, *m_db, *m_clock);
}

CampaignService &Store::campaigns()
{
    return created(m_campaigns, *m_db, *m_clock);
}

CampaignResponses &Store::campaignResponses()
{
    return created(m_campaignResponses, *m_db, *m_clock);
}

ComplaintAnalysis &Store::complaintAnalysis()
{
    return created(m_complaintAnalysis, *m_db);
}

CouponService &Store::coupons()
{
    return created(m_coupons, *m_db, *m_clock);
}

BenefitService &Store::benefits()
{
    return created(m_benefits, *m_db, *m_clock);
}

HolidayCalendar &Store::holidays()
{
    return created(m_holidays, *m_db, *m_clock);
}

LostSales &Store::lostSales()
{
    return created(m_lostSales, *m_db, *m_clock);
}

StaffGoals &Store::staffGoals()
{
    return created(m_staffGoals, *m_db, *m_clock);
}

CustomerHistory &Store::history()
{
    return created(m_history, *m_db);
}

ContactReveal &Store::contactReveal()
{
    return created(m_contactReveal, *m_db, *m_clock);
}

CustomerErasure &Store::erasure()
{
    return created(m_erasure, *m_db, *m_clock);
}

CustomerExport &Store::customerExport()
{
    return created(m_customerExport, *m_db);
}

CustomerLinkImport &Store::customerLinkImport()
{
    return created(m_customerLinkImport, *m_db, *m_clock);
}

CustomerMerge &Store::merge()
{
    return created(m_merge, *m_db, *m_clock);
}

MemberCards &Store::memberCards()
{
    return created(m_memberCards, *m_db, *m_clock);
}

NightlyJob &Store::nightlyJob()
{
    return created(m_nightlyJob, *m_db, *m_clock);
}

PredictionService &Store::predictions()
{
    return created(m_predictions, *m_db, *m_clock);
}

Referrals &Store::referrals()
{
    return created(m_referrals, *m_db);
}

Reports &Store::reports()
{
    return created(m_reports, *m_db);
}

SalesImport &Store::salesImport()
{
    return created(m_salesImport, *m_db, *m_clock);
}

Satisfaction &Store::satisfaction()
{
    return created(m_satisfaction, *m_db, *m_clock);
}

SurveyImport &Store::surveyImport()
{
    return created(m_surveyImport, *m_db, *m_clock);
}

SmsExport &Store::smsExport()
{
    return created(m_smsExport, *m_db, *m_clock);
}

DemoStoreGenerator::Result Store::generateDemo(
    const DemoStoreGenerator::Options &options, const DemoStoreGenerator::ProgressCallback &progress)
{
    return DemoStoreGenerator::generate(*m_db, options, progress);
}

AuditActor Store::actor() const
{
    if (m_actor)
        return *m_actor;
    if (processActor())
        return *processActor();
    if (m_shift) {
        if (const std::optional<StaffMember> clerk = m_shift->clerk())
            return AuditActor::staff(clerk->id, clerk->name);
    }
    return AuditActor::unknownClerk();
}

void Store::setActor(const std::optional<AuditActor> &actor)
{
    m_actor = actor;
    refreshActor();
}

void Store::setProcessActor(const std::optional<AuditActor> &actor)
{
    processActor() = actor;
}

bool Store::allows(Permission permission) const
{
    return Access::allows(*m_db, permission);
}

void Store::setProcessRole(std::optional<Role> role)
{
    Database::setProcessRole(role);
}

// The connection carries the actor so that every service writing on it finds it (see Database).
void Store::refreshActor()
{
    m_db->setAuditActor(actor());
    const std::optional<Session> session = m_shift ? m_shift->session() : std::nullopt;
    m_db->setRole(session ? std::optional<Role>(session->role) : Database::processRole());
}

QString Store::errorString() const
{
    return m_db->errorString();
}

QString Store::path() const
{
    return m_db->path();
}

bool Store::isOnServer() const
{
    return m_db->isServer();
}

bool Store::isServerLocation(const QString &location)
{
    return StoreLocation::looksLikeServer(location);
}

} // namespace atelier
