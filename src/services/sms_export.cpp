#include "services/sms_export.h"

#include "core/clock.h"
#include "core/task_plan.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/message_values.h"
#include "services/service_settings.h"
#include "services/try_read.h"
#include "storage/campaign_repository.h"
#include "storage/contact_repository.h"
#include "storage/database.h"
#include "storage/loyalty_report_repository.h"
#include "storage/sms_audience_query.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

SmsExport::SmsExport(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList SmsExport::header()
{
    return {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("text")};
}

ExportResult SmsExport::write(QIODevice &device, const QList<CustomerId> &customers,
    const MessageTemplate &messageTemplate, SmsExportSummary *summary, const ExportProgress &progress,
    std::optional<StaffId> by, std::optional<qint64> campaign)
{
    if (const QString refused = Access::refusal(m_db, Permission::ExportCustomers); !refused.isEmpty())
        return ExportResult{0, refused};
    if (const auto problem = MessageTemplateRules::check(messageTemplate)) {
        ExportResult refused;
        refused.error = problem->message;
        return refused;
    }
    SmsExportSummary local;
    SmsExportSummary &counts = summary ? *summary : local;
    counts = SmsExportSummary{};
    const ServiceRules rules = ServiceSettings(m_db).rules();
    counts.quietDays = rules.quietDays;
    const QDate today = m_clock.today();
    const QSqlDatabase db = m_db.connection();
    QList<CustomerId> written;
    ExportResult result = CsvExport::write(
        device, header(), [&] { return int(customers.size()); },
        [&](const CsvExport::Row &row) {
            SmsAudienceQuery(db).forEach(customers, [&](const AudienceMember &member) {
                // Marketing needs the customer's yes; a landline cannot take a text.
                if (!member.consentsToMarketing) {
                    ++counts.noConsent;
                    return true;
                }
                if (!member.mobile) {
                    ++counts.noMobile;
                    return true;
                }
                if (TaskPlan::inQuietPeriod(member.lastContact, today, rules.quietDays)) {
                    ++counts.quiet;
                    return true;
                }
                const FilledMessage filled
                    = MessageTemplateRules::fill(messageTemplate, messageValuesOf(member, messageTemplate));
                if (!filled.missing.isEmpty()) {
                    ++counts.withMissing;
                    for (const Placeholder p : filled.missing)
                        if (!counts.missing.contains(p))
                            counts.missing << p;
                }
                ++counts.written;
                written << member.id;
                return row({member.phone, member.name, filled.text});
            });
        },
        progress, "sms export");
    if (!recordCompleteExport(m_db, result,
            {QStringLiteral("sms"),
                QStringLiteral("template=%1, customers=%2").arg(messageTemplate.name).arg(customers.size()),
                header(), 0, AuditTrail::fileNameOf(device)}))
        return result;
    if (!result.ok() || written.isEmpty())
        return result;
    try {
        Transaction transaction(db);
        if (campaign)
            CampaignRepository(db).recordInvitations(
                *campaign, written, m_clock.now(), QStringLiteral("sms"), by);
        else
            ContactRepository(db).recordSms(written, m_clock.now(), by);
        transaction.commit();
        ChangeNotifier::post(Change::What::Customers, written);
    } catch (const StorageError &error) {
        // The file is written and good; only the quiet period will not know about it.
        spdlog::error("sms export contacts not recorded: {}", error.detail().toStdString());
    }
    return result;
}

ReadResult<QList<CustomerId>> SmsExport::customersOf(const LoyaltyFilter &filter)
{
    return tryRead<QList<CustomerId>>("sms audience", [&] {
        QList<CustomerId> ids;
        LoyaltyReportRepository(m_db.connection()).forEach(filter, [&ids](const LoyaltyCustomerRow &row) {
            ids << row.id;
            return true;
        });
        return ids;
    });
}

QString SmsExport::describe(const SmsExportSummary &summary)
{
    QStringList parts;
    parts << tr("Exported %n customer(s).", nullptr, summary.written);
    if (summary.written > 0)
        parts << tr("They count as contacted today: no marketing follow-up is planned for them during "
                    "the quiet period.");
    if (summary.noConsent > 0)
        parts << tr("Left out %n customer(s) who do not accept promotions.", nullptr, summary.noConsent);
    if (summary.noMobile > 0)
        parts << tr("Left out %n customer(s) with a landline only.", nullptr, summary.noMobile);
    if (summary.quiet > 0)
        parts << tr("Left out %n customer(s) contacted in the last %1 days (the quiet period).", nullptr,
            summary.quiet)
                     .arg(summary.quietDays);
    if (summary.withMissing > 0) {
        QStringList names;
        for (const Placeholder p : summary.missing)
            names << QLatin1Char('{') + toCode(p) + QLatin1Char('}');
        parts << tr("%n text(s) lack a value (%1): check them before sending.", nullptr, summary.withMissing)
                     .arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace atelier
