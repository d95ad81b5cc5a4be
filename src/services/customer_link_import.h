#pragma once

#include "core/clock.h"
#include "core/text_encoding.h"
#include "services/sales_import.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

class Database;

struct CustomerLinkRequest
{
    QString path;
    QString phoneColumn; // header of the column with the customer's phone
    QString idColumn; // header of the column with the till's customer number
    std::optional<TextEncoding> encoding;
    // Header of the column with the customer's name; when given, a phone not in the archive
    // registers a new customer with that name instead of being rejected.
    QString nameColumn = {};
    std::optional<QChar> delimiter = std::nullopt; // sniffed from the header line when not given
};

struct CustomerLinkResult
{
    bool ok = false; // the file was read and the links stored
    QString error;
    QStringList header;
    qint64 rowsRead = 0;
    qint64 linked = 0; // customers that got their till number
    qint64 created = 0; // new archive customers (only with a name column)
    qint64 salesAttached = 0; // imported walk-in sales that became theirs
    QList<RejectedRow> rejected;
};

// The customer half of a till import: a CSV of (phone, till customer number) pairs gives archive
// customers, found by phone, their till number (customers.external_id), and hands them the sales imported
// earlier under that number without a customer. With a name column, the till's members not yet in the
// archive are registered (name, phone and till number, checked by the archive's own rules, source
// "Other": the till does not say where they came from); without one, nobody is created. One
// transaction; rows that do not fit are listed with line and reason.
class CustomerLinkImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLinkImport)
public:
    CustomerLinkImport(Database &db, const Clock &clock);
    CustomerLinkResult run(const CustomerLinkRequest &request);
    // The one-line summary the CLI prints and the wizard shows.
    static QString summary(const CustomerLinkResult &result);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace atelier
