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
    std::optional<QChar> delimiter = std::nullopt; // sniffed from the header line when not given
};

struct CustomerLinkResult
{
    bool ok = false; // the file was read and the links stored
    QString error;
    QStringList header;
    qint64 rowsRead = 0;
    qint64 linked = 0; // customers that got their till number
    qint64 salesAttached = 0; // imported walk-in sales that became theirs
    QList<RejectedRow> rejected;
};

// The customer half of a till import: a CSV of (phone, till customer number) pairs gives archive
// customers, found by phone, their till number (customers.external_id), and hands them the sales imported
// earlier under that number without a customer. No customer is created: the archive needs a name. One
// transaction; rows that do not fit are listed with line and reason.
class CustomerLinkImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLinkImport)
public:
    explicit CustomerLinkImport(Database &db);
    CustomerLinkResult run(const CustomerLinkRequest &request);

private:
    Database &m_database;
};

} // namespace atelier
