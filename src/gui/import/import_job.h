#pragma once

#include "services/background_runner.h"
#include "services/customer_link_import.h"
#include "services/sales_import.h"
#include "services/survey_import.h"

#include <QObject>
#include <QString>

namespace atelier {

class Store;

// Runs a sales or survey import (dry or real) or a customer-number import on a worker (BackgroundRunner) with its own
// Store on the window's store file: a SQLite connection belongs to its thread, and the window must not
// block while half a million rows are read. A cancel rolls the one transaction back, so nothing is
// half-imported.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(Store &store, QObject *parent = nullptr);

    void startSales(const SalesImportRequest &request);
    void startCustomerLinks(const CustomerLinkRequest &request);
    void startSurveys(const SurveyImportRequest &request);
    // The worker stops at the next row.
    void cancel() { m_runner.cancel(); }
    bool isRunning() const { return m_runner.isRunning(); }

    // Valid after finished().
    const SalesImportResult &salesResult() const { return m_sales; }
    const CustomerLinkResult &linkResult() const { return m_links; }
    const SurveyImportResult &surveyResult() const { return m_surveys; }

signals:
    // Bytes of the file.
    void progress(qint64 done, qint64 total);
    void finished();

private:
    BackgroundRunner m_runner;
    SalesImportResult m_sales;
    CustomerLinkResult m_links;
    SurveyImportResult m_surveys;
};

} // namespace atelier
