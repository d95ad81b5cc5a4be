#pragma once

#include "core/loyalty_query.h"
#include "core/message_template.h"
#include "core/read_result.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

class Clock;
class Database;

// Who a bulk-SMS file reached and who it left out.
struct SmsExportSummary
{
    int written = 0;
    int noConsent = 0; // did not accept promotions (consent_marketing)
    int noMobile = 0; // consented, but the number is a landline
    int quiet = 0; // consented and mobile, but contacted within the quiet period (ServiceRules::quietDays)
    int quietDays = 0; // the quiet period the export used
    int withMissing = 0; // written, with at least one value left out of the text
    QList<Placeholder> missing; // which placeholders were missing somewhere
};

// A list of customers as a CSV file for a bulk-SMS platform: phone, name and the filled text, one row
// per customer who accepts promotions, has a mobile number and was not contacted within the quiet
// period (the nightly run's rule for marketing tasks), in the order given. RFC 4180,
// UTF-8 with BOM (CsvExport). Safe on a worker thread with its own Database.
class SmsExport
{
    Q_DECLARE_TR_FUNCTIONS(SmsExport)
public:
    SmsExport(Database &db, const Clock &clock);

    // Fixed English column names: the platforms' import screens map them.
    static QStringList header();

    // Refuses a template that does not check. `summary` (may be null) is filled as rows are read.
    // A complete export counts as a contact for each customer written (by `by`): the quiet period
    // after a contact keeps the nightly run's marketing tasks away from them. With `campaign`, the
    // contacts are that campaign's invitations (source 'campaign', invited_at set).
    ExportResult write(QIODevice &device, const QList<CustomerId> &customers,
        const MessageTemplate &messageTemplate, SmsExportSummary *summary,
        const ExportProgress &progress = {}, std::optional<StaffId> by = {},
        std::optional<qint64> campaign = {});

    // The customers behind a Tiers page cell, in its order (spend, highest first).
    ReadResult<QList<CustomerId>> customersOf(const LoyaltyFilter &filter);

    // "Exported 12 customers. Left out: 3 without consent to promotions, 1 with a landline, 2 contacted
    // within the quiet period. …"
    static QString describe(const SmsExportSummary &summary);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
