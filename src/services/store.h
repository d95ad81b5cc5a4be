#pragma once

#include "core/audit.h"
#include "core/clock.h"
#include "core/permissions.h"
#include "services/demo_store.h"

#include <QString>

#include <memory>
#include <optional>

namespace atelier {

class AccountService;
class ArchiveService;
class AuditTrail;
class BackupService;
class BenefitService;
class CampaignResponses;
class CampaignService;
class ChangeNotifier;
class ComplaintAnalysis;
class ComplaintService;
class ContactReveal;
class CounterShift;
class CouponService;
class CounterSearch;
class CustomerErasure;
class CustomerExport;
class CustomerHistory;
class CustomerLinkImport;
class CustomerMerge;
class MemberCards;
class CustomerService;
class Database;
class FollowUpService;
class HandoverNotes;
class HolidayCalendar;
class LostSales;
class StaffGoals;
class LoyaltyReport;
class LoyaltyService;
class MessageTemplates;
class NightlyJob;
class PointsService;
class PredictionService;
class Referrals;
class Reports;
class SaleService;
class SalesImport;
class Satisfaction;
class SurveyImport;
class ServiceSettings;
class SmsExport;
class StaffDirectory;
class StoreSettings;

// The store's data and its use cases on one connection: what the GUI and the CLI hold, and the only
// way they reach the data (they never see the Database). A worker thread opens its own Store on the
// same file. The services below the first group are created on first use.
class Store
{
public:
    // The clock must outlive the store; tests pass a FixedClock.
    explicit Store(const Clock *clock = nullptr);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // `location`: the SQLite file's path, or a PostgreSQL URI (postgresql://…; see docs/postgresql.md).
    bool open(const QString &location);
    QString errorString() const;
    // The location as given (a server's URI never holds a password).
    QString path() const;
    bool isOnServer() const;
    // True for text in the server form, whether or not such a server exists.
    static bool isServerLocation(const QString &location);

    Database &database() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    CounterSearch &counterSearch() { return *m_search; }
    CustomerService &customers() { return *m_customers; }
    SaleService &sales() { return *m_sales; }
    PointsService &points() { return *m_points; }
    ArchiveService &archive() { return *m_archive; }
    StoreSettings &settings() { return *m_settings; }
    LoyaltyService &loyalty() { return *m_loyalty; }
    LoyaltyReport &loyaltyReport() { return *m_loyaltyReport; }
    StaffDirectory &staff() { return *m_staff; }
    CounterShift &shift() { return *m_shift; }
    ServiceSettings &serviceSettings() { return *m_serviceSettings; }
    ComplaintService &complaints() { return *m_complaints; }
    FollowUpService &followUps() { return *m_followUps; }
    MessageTemplates &templates() { return *m_templates; }
    HandoverNotes &handover() { return *m_handover; }

    // The process's one change notifier (the same for every Store, on every thread): every write
    // announces itself there after commit, delivered on the GUI thread. Windows that show data
    // follow it rather than one store's service signals, so that a worker's writes reach them.
    static ChangeNotifier &changes();

    // Created on first use, on this store's connection (so on this store's thread).
    AccountService &accounts();
    AuditTrail &auditTrail();
    BackupService &backups();
    BenefitService &benefits();
    HolidayCalendar &holidays();
    LostSales &lostSales(); // lost sales and wishes, their report and arrivals (issue 23)
    CampaignService &campaigns();
    CampaignResponses &campaignResponses(); // RSVPs and attendance at the counter
    ComplaintAnalysis &complaintAnalysis();
    ContactReveal &contactReveal();
    CouponService &coupons();
    CustomerErasure &erasure();
    CustomerExport &customerExport();
    CustomerHistory &history(); // a customer's history, newest first (issue 23)
    CustomerLinkImport &customerLinkImport();
    CustomerMerge &merge();
    MemberCards &memberCards(); // member card numbers: typed, generated, cleared (issue 24)
    NightlyJob &nightlyJob();
    PredictionService &predictions();
    Referrals &referrals(); // who brought whom (issue 23)
    Reports &reports();
    SalesImport &salesImport();
    Satisfaction &satisfaction(); // satisfaction scores and their report (issue 24)
    SurveyImport &surveyImport(); // survey results from a file (issue 24)
    SmsExport &smsExport();
    StaffGoals &staffGoals(); // monthly targets, spot checks, the archive contest (issue 24)

    // Fills this (empty) store with a demo history (DemoStoreGenerator).
    DemoStoreGenerator::Result generateDemo(const DemoStoreGenerator::Options &options,
        const DemoStoreGenerator::ProgressCallback &progress = {});

    // Who the audit trail names for this store's writes: the actor set here (a worker thread's
    // store is given its window's), else the process's actor (atelier-cli: "cli:<OS user>"), else
    // the clerk of the counter shift (who logged in or gave their PIN), else "unknown clerk".
    AuditActor actor() const;
    void setActor(const std::optional<AuditActor> &actor);
    static void setProcessActor(const std::optional<AuditActor> &actor);

    // Whether the person at this PC may do it (the shift's role; atelier-cli may do everything):
    // what windows ask to show or hide a manager's action. The services check again.
    bool allows(Permission permission) const;
    // The role every connection opened later in this process starts with (worker threads): the
    // app sets it to whoever is logged in.
    static void setProcessRole(std::optional<Role> role);

private:
    void refreshActor();
    void announceWrites();

    SystemClock m_systemClock;
    std::optional<AuditActor> m_actor;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CounterSearch> m_search;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<ArchiveService> m_archive;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<LoyaltyService> m_loyalty;
    std::unique_ptr<LoyaltyReport> m_loyaltyReport;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<CounterShift> m_shift;
    std::unique_ptr<ServiceSettings> m_serviceSettings;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<FollowUpService> m_followUps;
    std::unique_ptr<MessageTemplates> m_templates;
    std::unique_ptr<HandoverNotes> m_handover;
    // Created on first use.
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditTrail> m_auditTrail;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<ComplaintAnalysis> m_complaintAnalysis;
    std::unique_ptr<ContactReveal> m_contactReveal;
    std::unique_ptr<CustomerErasure> m_erasure;
    std::unique_ptr<CustomerExport> m_customerExport;
    std::unique_ptr<CustomerHistory> m_history;
    std::unique_ptr<CustomerLinkImport> m_customerLinkImport;
    std::unique_ptr<CustomerMerge> m_merge;
    std::unique_ptr<MemberCards> m_memberCards;
    std::unique_ptr<NightlyJob> m_nightlyJob;
    std::unique_ptr<PredictionService> m_predictions;
    std::unique_ptr<Referrals> m_referrals;
    std::unique_ptr<Reports> m_reports;
    std::unique_ptr<SalesImport> m_salesImport;
    std::unique_ptr<SmsExport> m_smsExport;
    std::unique_ptr<CouponService> m_coupons;
    std::unique_ptr<BenefitService> m_benefits;
    std::unique_ptr<HolidayCalendar> m_holidays;
    std::unique_ptr<LostSales> m_lostSales;
    std::unique_ptr<Satisfaction> m_satisfaction;
    std::unique_ptr<SurveyImport> m_surveyImport;
    std::unique_ptr<StaffGoals> m_staffGoals;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<CampaignResponses> m_campaignResponses;
};

} // namespace atelier
