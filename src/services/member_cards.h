#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/loyalty.h"
#include "core/read_result.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// A member card number given, changed or taken away, or why not.
struct CardNumberResult
{
    QString cardNo; // the number the customer has now (empty: none); or a free number (freeNumber)
    QString error; // for people, naming the field: nothing was changed
    bool ok() const { return error.isEmpty(); }
};

// What a printed member card shows of its customer.
struct MemberCardFace
{
    CustomerId id = 0;
    QString name;
    QString cardNo; // empty: she has none yet (MemberCards::numberAll gives her one)
    Tier tier = Tier::None;
};

// The member card numbers of the store's customers (issue 24): typed from a card the customer holds,
// generated, or taken away. One number per customer and one customer per number; a number already
// held is refused naming its holder with a masked phone. Each change is one transaction with its
// audit entry (the archive's "Member card number" field), announced as a change of the customer.
class MemberCards
{
    Q_DECLARE_TR_FUNCTIONS(MemberCards)
public:
    // `seed`: tests make the generated numbers predictable; none draws them from the system.
    MemberCards(Database &db, const Clock &clock, std::optional<quint32> seed = std::nullopt);

    CardNumberResult set(CustomerId customer, const QString &typed);
    CardNumberResult generate(CustomerId customer);
    CardNumberResult clear(CustomerId customer);
    // A generated number nobody holds, for a form to show before it saves (not reserved).
    CardNumberResult freeNumber();
    // Gives each of the customers without a number a generated one, in one transaction (before their
    // cards are printed); returns how many got one, or an error and none did.
    CardNumberResult numberAll(const QList<CustomerId> &customers, int *given = nullptr);

    // The customers the archive list shows with this filter (erased ones left out), for their cards.
    ReadResult<QList<CustomerId>> customersMatching(const ArchiveFilter &filter);
    // What the cards of these customers show, in the order given; erased and unknown ones left out.
    ReadResult<QList<MemberCardFace>> faces(const QList<CustomerId> &customers);

    // Why `cardNo` (normalised) cannot be customer `self`'s: not a card number, or another customer's
    // ("Card AT123456782 already belongs to 张丽 (138****1234)"). Empty when it can. On `db`, so that
    // CustomerService::save asks the same inside its own checks.
    static QString refusal(Database &db, const QString &cardNo, CustomerId self);
    // A generated number that nobody on `db` holds, drawn from `random`; retries on a collision.
    static QString unusedNumber(Database &db, QRandomGenerator &random);

private:
    CardNumberResult change(CustomerId customer, const QString &cardNo);

    Database &m_db;
    const Clock &m_clock;
    QRandomGenerator m_random;
};

} // namespace atelier
