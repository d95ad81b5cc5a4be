#include "services/customer_link_import.h"

#include "core/csv_reader.h"
#include "core/customer_rules.h"
#include "core/import_values.h"
#include "core/phone_number.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/customer_service.h"
#include "services/store_files.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QFile>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// The archive's own rules for a customer registered from the till's list, the consent's included (a
// birthday or address only with it: the till's list has no consent to give); the first problem, or
// empty when the customer can be saved.
QString problemOf(Customer &customer, const QDate &today)
{
    QList<FieldError> errors = CustomerRules::normaliseAndCheck(customer, today);
    errors.append(CustomerRules::checkConsent(customer, nullptr));
    return errors.isEmpty() ? QString() : errors.first().message;
}

} // namespace

CustomerLinkImport::CustomerLinkImport(Database &db, const Clock &clock)
    : m_database(db)
    , m_clock(clock)
{
}

CustomerLinkResult CustomerLinkImport::run(const CustomerLinkRequest &request)
{
    CustomerLinkResult result;
    if (const QString refused = Access::refusal(m_database, Permission::ImportFromTill); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    if (const QString refused = StoreFiles::refusal(m_database.path(), request.path); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(request.path, file.errorString());
        return result;
    }
    const QByteArray head = file.peek(TextEncodings::sniffBytes);
    const EncodingGuess guess = TextEncodings::detect(head);
    if (head.isEmpty() || guess.binary || (!request.encoding && !guess.readable())) {
        result.error = head.isEmpty() ? tr("The file is empty.") : TextEncodings::refusal(guess);
        return result;
    }
    const TextEncoding encoding = request.encoding.value_or(guess.encoding);
    CsvReader reader(file, encoding, request.delimiter.value_or(CsvReader::sniffDelimiter(head, encoding)));
    reader.next(result.header);
    auto columnOf = [&](const QString &name) {
        for (qsizetype i = 0; i < result.header.size(); ++i) {
            if (result.header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        }
        return -1;
    };
    const int phoneColumn = columnOf(request.phoneColumn);
    const int idColumn = columnOf(request.idColumn);
    const int nameColumn = request.nameColumn.isEmpty() ? -1 : columnOf(request.nameColumn);
    if (phoneColumn < 0 || idColumn < 0 || (!request.nameColumn.isEmpty() && nameColumn < 0)) {
        result.error = tr("The file has no column \"%1\".")
                           .arg(phoneColumn < 0   ? request.phoneColumn
                                   : idColumn < 0 ? request.idColumn
                                                  : request.nameColumn);
        return result;
    }
    const QDateTime now = m_clock.now();
    try {
        Transaction transaction(m_database.connection(), Transaction::Mode::Immediate);
        ImportRepository repository(m_database.connection());
        CustomerRepository customers(m_database.connection());
        AuditTrail audit(m_database, m_clock); // registrations from a till file are recorded too
        QStringList fields;
        QString why;
        while (reader.next(fields)) {
            ++result.rowsRead;
            auto reject = [&](const QString &reason) {
                result.rejected.append({reader.lineNumber(), fields, reason});
            };
            QString digits;
            QString number;
            if (!ImportValues::phone(fields.value(phoneColumn), digits, why)
                || !ImportValues::externalId(fields.value(idColumn), number, why)) {
                reject(why);
                continue;
            }
            if (number.isEmpty()) {
                reject(tr("The customer number is empty."));
                continue;
            }
            std::optional<qint64> customer = repository.customerByPhone(digits);
            const std::optional<qint64> holder = repository.customerByExternalId(number);
            if (!customer && nameColumn >= 0) {
                if (holder) {
                    reject(tr("Another customer already has the customer number %1.").arg(number));
                    continue;
                }
                Customer fresh;
                fresh.name = fields.value(nameColumn);
                fresh.phone = PhoneNumber::fromParsed(PhoneNumber::parse(digits));
                fresh.source = SourceChannel::Other;
                fresh.createdAt = now;
                fresh.updatedAt = now;
                if (const QString problem = problemOf(fresh, now.date()); !problem.isEmpty()) {
                    reject(problem);
                    continue;
                }
                customer = customers.insert(fresh);
                fresh.id = *customer;
                audit.recordCustomerCreated(m_database.auditActor(), CustomerArchive{fresh, {}, {}, {}});
                ++result.created;
            }
            if (!customer) {
                reject(tr("No customer in the archive has this phone."));
                continue;
            }
            if (holder && *holder != *customer) {
                reject(tr("Another customer already has the customer number %1.").arg(number));
                continue;
            }
            if (!holder) {
                if (!repository.setExternalId(*customer, number)) {
                    reject(tr("The customer with this phone already has another customer number."));
                    continue;
                }
                ++result.linked;
            }
            result.salesAttached += repository.attachSales(*customer, number);
        }
        transaction.commit();
        result.ok = true;
        // New customers, and sales that now belong to one.
        ChangeNotifier::post(Change::What::Customers, {}, {}, true);
        ChangeNotifier::post(Change::What::Sales, {}, {}, true);
    } catch (const StorageError &e) {
        spdlog::error(
            "customer link import failed after {} rows: {}", result.rowsRead, e.detail().toStdString());
        result.error = e.userMessage();
    }
    spdlog::info("customer link import: {} rows, {} created, {} linked, {} sales attached, {} rejected",
        result.rowsRead, result.created, result.linked, result.salesAttached, result.rejected.size());
    return result;
}

QString CustomerLinkImport::summary(const CustomerLinkResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    return tr("%1 rows read: %2 new customers registered, %3 customers got their till number, %4 imported "
              "sales attached to them; %5 rejected.")
        .arg(result.rowsRead)
        .arg(result.created)
        .arg(result.linked)
        .arg(result.salesAttached)
        .arg(result.rejected.size());
}

} // namespace atelier
