#include "services/customer_service.h"

#include "core/archive_completeness.h"
#include "core/clock.h"
#include "core/member_card_number.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/member_cards.h"
#include "services/service_settings.h"
#include "services/try_read.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/referral_repository.h"
#include "storage/sale_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/tag_repository.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <QSet>

#include <algorithm>

namespace atelier {

namespace {

// The events of the form that the store does not hold as they are (same id, date and kind); a new
// event has id 0.
QList<LifeEvent> newOrChangedEvents(const QList<LifeEvent> &events, const QList<LifeEvent> &stored)
{
    QList<LifeEvent> changed;
    for (const LifeEvent &event : events) {
        const bool kept = event.id != 0 && std::any_of(stored.begin(), stored.end(), [&](const LifeEvent &s) {
            return s.id == event.id && s.date == event.date && s.kind == event.kind;
        });
        if (!kept)
            changed.append(event);
    }
    return changed;
}

} // namespace

CustomerService::CustomerService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

SaveResult CustomerService::registerCustomer(const QString &name, const QString &phoneText,
    std::optional<StaffId> by, std::optional<CustomerId> referrer, const QString &cardNo)
{
    CustomerArchive archive;
    archive.customer.name = name;
    archive.customer.cardNo = cardNo;
    archive.customer.createdBy = by;
    archive.customer.referrerId = referrer;
    if (referrer)
        archive.customer.source = SourceChannel::Referral;
    archive.phoneText = phoneText;
    return save(archive);
}

SaveResult CustomerService::save(const CustomerArchive &input)
{
    SaveResult result;
    if (input.customer.erasedAt) {
        result.message = erasedMessage();
        return result;
    }
    Customer customer = input.customer;
    const PhoneNumber::Parsed phone = PhoneNumber::parse(input.phoneText);
    customer.phone = PhoneNumber::fromParsed(phone);
    const bool isNew = customer.id == 0;
    try {
        CustomerRepository customers(m_db.connection());
        result.errors = CustomerRules::normaliseAndCheck(customer, m_clock.today());
        // Only the life events this save adds or changes are checked: one stored before the rule (an
        // import of an older archive) stays as it is and does not block an edit such as a new phone.
        const QList<LifeEvent> storedEvents
            = isNew ? QList<LifeEvent>() : customers.lifeEventsOf(customer.id);
        result.errors.append(CustomerRules::checkLifeEvents(
            newOrChangedEvents(input.lifeEvents, storedEvents), m_clock.today()));
        // The member card's number as a scanner or a clerk typed it; one another customer holds is refused
        // naming her.
        customer.cardNo = MemberCardNumber::normalised(customer.cardNo);
        if (!customer.cardNo.isEmpty()) {
            if (const QString refused = MemberCards::refusal(m_db, customer.cardNo, customer.id);
                !refused.isEmpty())
                result.errors.append({QStringLiteral("cardNo"), refused});
        }
        // Birthday and address only with her consent; what she had on file before stays as it is.
        const std::optional<Customer> saved = isNew ? std::nullopt : customers.find(customer.id);
        result.errors.append(CustomerRules::checkConsent(customer, saved ? &*saved : nullptr));
        if (!phone.ok()) {
            result.errors.removeIf([](const FieldError &e) { return e.field == QStringLiteral("phone"); });
            result.errors.append({QStringLiteral("phone"), PhoneNumber::problemText(phone.problem)});
        }
        if (!result.errors.isEmpty())
            return result;

        const std::optional<CustomerId> owner = customers.idForPhone(customer.phone.digits());
        if (owner && *owner != customer.id) {
            result.duplicateOf = owner;
            result.errors.append(
                {QStringLiteral("phone"), tr("This phone number already belongs to another customer.")});
            return result;
        }
        // The personal stylist (issue 22) is chosen from the active staff; one chosen before who has left
        // since stays until someone changes her.
        if (customer.stylistId) {
            const std::optional<Customer> stored = isNew ? std::nullopt : customers.find(customer.id);
            const std::optional<StaffMember> stylist
                = StaffRepository(m_db.connection()).find(*customer.stylistId);
            if (!(stored && stored->stylistId == customer.stylistId) && !(stylist && stylist->active)) {
                result.errors.append({QStringLiteral("stylistId"),
                    tr("Personal stylist: choose a member of the active staff.")});
                return result;
            }
        }
        if (const QString refused = referrerRefusal(customer); !refused.isEmpty()) {
            result.errors.append({QStringLiteral("referrerId"), refused});
            return result;
        }
        const QDateTime now = m_clock.now();
        customer.updatedAt = now;
        // Immediate: the save reads her row, then writes it. On SQLite a deferred transaction that has
        // read cannot wait for another connection's write (the nightly run, a second window): it would
        // fail at once as busy; this one waits, then finds whether she changed meanwhile.
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        CustomerArchive before;
        if (isNew) {
            customer.createdAt = now;
            recordConsentChanges(customer, Customer());
            customer.id = customers.insert(customer);
        } else {
            const std::optional<Customer> stored = customers.find(customer.id);
            if (!stored) {
                result.message = tr("This customer no longer exists.");
                return result;
            }
            if (stored->erasedAt) { // erased since the form was loaded
                result.message = erasedMessage();
                return result;
            }
            before = {*stored, {}, {}, customers.lifeEventsOf(customer.id)};
            for (const Tag &tag : customers.tagsOf(customer.id))
                before.tagIds << tag.id;
            customer.createdAt = stored->createdAt;
            customer.createdBy = stored->createdBy;
            recordConsentChanges(customer, *stored);
            // The store's policy for what is on file without her consent (docs/privacy.md): cleared
            // with the save that withdraws it (or any later edit), or kept and flagged.
            if (!customer.consentProfile && ServiceSettings(m_db).rules().clearWithoutConsent)
                CustomerRules::clearConsentFields(customer);
            if (!customers.update(customer)) {
                // Saved elsewhere since this form was loaded: writing it would silently undo that edit.
                spdlog::info("customer {} not updated: changed elsewhere since it was loaded", customer.id);
                result.changedElsewhere = true;
                result.message = changedElsewhereMessage();
                return result;
            }
        }
        customers.setTags(customer.id, input.tagIds);
        customers.setLifeEvents(customer.id, input.lifeEvents);
        // In the same transaction: a change without its audit entry cannot be committed.
        const CustomerArchive after{customer, {}, input.tagIds, input.lifeEvents};
        AuditTrail audit(m_db, m_clock);
        if (isNew)
            audit.recordCustomerCreated(m_db.auditActor(), after);
        else
            audit.recordCustomerChange(m_db.auditActor(), before, after);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("customer save failed: {}", error.detail().toStdString());
        // Another counter gave the same card number between the check above and this save: the unique
        // index refused it; say whose it is now, as the check would have.
        if (error.kind() == StorageError::Kind::Constraint && !customer.cardNo.isEmpty()) {
            try {
                if (const QString refused = MemberCards::refusal(m_db, customer.cardNo, customer.id);
                    !refused.isEmpty()) {
                    result.errors.append({QStringLiteral("cardNo"), refused});
                    return result;
                }
            } catch (const StorageError &) {
            }
        }
        result.message = error.userMessage();
        return result;
    }
    spdlog::info("customer {} {}", customer.id, isNew ? "registered" : "updated");
    result.id = customer.id;
    emit customerSaved(customer.id, isNew);
    return result;
}

QString CustomerService::referrerRefusal(const Customer &customer)
{
    // A new customer cannot close a cycle: nobody can have been brought by her yet.
    if (!customer.referrerId || customer.id == 0)
        return QString();
    // Her referrer's own chain of referrers, up the archive: one that comes back to her would make
    // her brought by herself. The chain is short; `seen` stops one that loops without her.
    ReferralRepository referrals(m_db.connection());
    QSet<CustomerId> seen;
    std::optional<CustomerId> next = customer.referrerId;
    while (next && !seen.contains(*next)) {
        if (*next == customer.id)
            return seen.isEmpty()
                ? tr("Referred by: a customer cannot be her own referrer.")
                : tr("Referred by: the customer chosen was brought by this customer, directly "
                     "or through others, so she cannot be her referrer.");
        seen.insert(*next);
        next = referrals.referrerOf(*next);
    }
    return QString();
}

QString CustomerService::changedElsewhereMessage()
{
    return tr("Someone at another counter changed this customer while you were editing, so nothing was "
              "saved. Reload to see the record as it is now; what you typed stays in the form.");
}

QString CustomerService::erasedMessage()
{
    return tr("This customer was erased on request; the record cannot be changed.");
}

void CustomerService::recordConsentChanges(Customer &customer, const Customer &stored) const
{
    // The record of a consent is the service's: what the form passed is replaced by what is stored,
    // and a change of state (given or withdrawn) is dated today and named for the person at the PC.
    const ConsentChange now{m_clock.today(), m_db.auditActor().name};
    customer.consentProfileChange
        = customer.consentProfile != stored.consentProfile ? now : stored.consentProfileChange;
    customer.consentMarketingChange
        = customer.consentMarketing != stored.consentMarketing ? now : stored.consentMarketingChange;
    customer.erasedAt = stored.erasedAt;
}

ReadResult<std::optional<CustomerArchive>> CustomerService::load(CustomerId id)
{
    return tryRead<std::optional<CustomerArchive>>(
        "customer archive", [&]() -> std::optional<CustomerArchive> {
            CustomerRepository customers(m_db.connection());
            std::optional<Customer> customer = customers.find(id);
            if (!customer)
                return std::nullopt;
            CustomerArchive archive;
            archive.customer = *customer;
            archive.phoneText = customer->phone.digits();
            for (const Tag &tag : customers.tagsOf(id))
                archive.tagIds << tag.id;
            archive.lifeEvents = customers.lifeEventsOf(id);
            return archive;
        });
}

ReadResult<std::optional<CustomerCard>> CustomerService::card(CustomerId id)
{
    return tryRead<std::optional<CustomerCard>>("customer card", [&]() -> std::optional<CustomerCard> {
        CustomerRepository customers(m_db.connection());
        std::optional<Customer> customer = customers.find(id);
        if (!customer)
            return std::nullopt;
        CustomerCard card;
        card.customer = *customer;
        card.styleTags = TagRepository(m_db.connection()).topTagsOf(id, Tag::Category::Style, 3);
        SaleRepository sales(m_db.connection());
        card.purchases = sales.summaryFor(id);
        card.recentSales = sales.recentSales(id, 5);
        card.returns = sales.returnsByLine(id);
        // Like the greeting, the card's "Birthday soon" only for a birthday kept with her consent.
        card.birthdaySoon = customer->consentProfile && customer->birthday
            && CustomerRules::birthdayWithin(*customer->birthday, m_clock.today(), birthdayNoticeDays);
        card.completeness = ArchiveCompleteness::score(
            *customer, {int(customers.tagsOf(id).size()), int(customers.lifeEventsOf(id).size())});
        return card;
    });
}

int CustomerService::completenessOf(const CustomerArchive &archive) const
{
    Customer customer = archive.customer;
    customer.phone = PhoneNumber::fromParsed(PhoneNumber::parse(archive.phoneText));
    return ArchiveCompleteness::score(customer, {int(archive.tagIds.size()), int(archive.lifeEvents.size())});
}

ReadResult<QList<Tag>> CustomerService::tagLibrary()
{
    return tryRead<QList<Tag>>(
        "tag library", [&]() -> QList<Tag> { return TagRepository(m_db.connection()).all(); });
}

TagResult CustomerService::addTag(const QString &name, Tag::Category category)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 20)
        return {std::nullopt, tr("A tag has between 1 and 20 characters.")};
    try {
        TagRepository tags(m_db.connection());
        if (auto existing = tags.findByName(trimmed))
            return {existing->id, {}};
        const TagId id = tags.insert(trimmed, category);
        ChangeNotifier::post(Change::What::Tags, {id});
        return {id, {}};
    } catch (const StorageError &e) {
        spdlog::error("tag not added: {}", e.detail().toStdString());
        return {std::nullopt, e.userMessage()};
    }
}

} // namespace atelier
