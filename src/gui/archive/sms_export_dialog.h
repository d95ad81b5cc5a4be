#pragma once

#include "core/customer.h"
#include "core/loyalty_query.h"
#include "core/message_template.h"
#include "services/csv_export.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SmsExportDialog;
}

namespace atelier {

class CsvExportJob;
class Store;
struct SmsExportSummary;

// Writes a list of customers as a CSV file for a bulk-SMS platform (phone, name, filled text) on a
// worker thread, and says how many were written and how many were left out (no consent to
// promotions, a landline) or lack a value. The list is given as customer ids (the calendar's tasks),
// as a Tiers page cell, which the worker reads, or as a writer of its own (a campaign's invitations).
class SmsExportDialog : public QDialog
{
    Q_OBJECT
public:
    SmsExportDialog(Store &store, QList<CustomerId> customers, QWidget *parent = nullptr);
    SmsExportDialog(Store &store, const LoyaltyFilter &cell, const QString &description, int count,
        QWidget *parent = nullptr);
    // Writes what `write` writes, on the worker with its own Store; `audience` says who.
    using Writer
        = std::function<ExportResult(Store &store, QIODevice &file, const MessageTemplate &messageTemplate,
            SmsExportSummary *summary, const ExportProgress &progress, std::optional<StaffId> by)>;
    SmsExportDialog(Store &store, const QString &audience, Writer write, QWidget *parent = nullptr);
    ~SmsExportDialog() override;

    bool chooseTemplate(TemplateId id);
    void setFileName(const QString &fileName);
    // Starts the export to the file named (what the Export button does).
    void startExport();
    bool isExporting() const;
    QString summary() const;

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    // The template chosen, or the sentence shown in place of its text.
    struct Chosen
    {
        std::optional<MessageTemplate> messageTemplate;
        QString why;
    };

    void setUp(const QString &audience);
    Chosen chosenTemplate() const;
    void showBody();
    void chooseFile();
    void done(int rows, const QString &error, bool cancelled);

    std::unique_ptr<Ui::SmsExportDialog> m_ui;
    Store &m_store;
    QList<CustomerId> m_customers;
    std::optional<LoyaltyFilter> m_cell;
    Writer m_write;
    CsvExportJob *m_job = nullptr;
    std::shared_ptr<SmsExportSummary> m_summary;
    QString m_templatesError; // the templates could not be read: nothing to export with
};

} // namespace atelier
