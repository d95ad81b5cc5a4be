#pragma once

#include "core/customer.h"
#include "core/customer_rules.h"
#include "core/read_result.h"
#include "core/sale.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// Everything the archive editor edits at once.
struct CustomerArchive
{
    Customer customer;
    QString phoneText; // as typed; parsed and validated on save
    QList<TagId> tagIds;
    QList<LifeEvent> lifeEvents;
};

// A tag added to the library (or found there by its name), or why not.
struct TagResult
{
    std::optional<TagId> id; // set when added or found
    QString error; // for people: why there is no tag
    bool ok() const { return id.has_value(); }
};

struct SaveResult
{
    std::optional<CustomerId> id; // set when saved
    QList<FieldError> errors; // per field, for the form
    std::optional<CustomerId> duplicateOf; // the customer who already has this phone
    QString message; // a storage problem (locked, disk full): nothing was saved
    // Someone changed the customer (another counter, the command line) since the form was loaded: nothing
    // was saved, message says so; the form reloads her and saves again (issue 25).
    bool changedElsewhere = false;
    bool ok() const { return id.has_value(); }
};

// What the counter card shows at a glance.
struct CustomerCard
{
    Customer customer;
    QList<Tag> styleTags;
    PurchaseSummary purchases;
    QList<Sale> recentSales;
    QHash<SaleLineId, LineReturns> returns; // of the lines of recentSales (and older ones)
    bool birthdaySoon = false; // within the next 7 days
    int completeness = 0;
};

// Registration and editing of the customer archive. Writes are one transaction each; signals go
// out only after commit.
class CustomerService : public QObject
{
    Q_OBJECT
public:
    CustomerService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // The counter's quick registration: name and phone, and the customer who referred her if any
    // (her source is then "referral"), and the number of the member card she is given or holds.
    SaveResult registerCustomer(const QString &name, const QString &phoneText, std::optional<StaffId> by = {},
        std::optional<CustomerId> referrer = {}, const QString &cardNo = QString());
    // Inserts when archive.customer.id == 0, updates otherwise: only while the stored row still has
    // archive.customer.rowVersion, the version the form loaded (else changedElsewhere).
    SaveResult save(const CustomerArchive &archive);

    ReadResult<std::optional<CustomerArchive>> load(CustomerId id);
    ReadResult<std::optional<CustomerCard>> card(CustomerId id);
    int completenessOf(const CustomerArchive &archive) const;

    ReadResult<QList<Tag>> tagLibrary();
    // Adds a tag to the library (or gives the existing one of that name).
    TagResult addTag(const QString &name, Tag::Category category);

    static constexpr int birthdayNoticeDays = 7;

signals:
    void customerSaved(atelier::CustomerId id, bool isNew);

private:
    static QString erasedMessage();
    static QString changedElsewhereMessage();
    // Why the customer's referrer cannot be kept: herself, or a customer her chain leads back to.
    QString referrerRefusal(const Customer &customer);
    void recordConsentChanges(Customer &customer, const Customer &stored) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
