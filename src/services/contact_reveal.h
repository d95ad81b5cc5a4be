#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class Clock;
class Database;

struct RevealedContact
{
    QString phone; // formatted for reading out
    QString address; // may be empty: none on file
    QString error; // for people; empty when shown
    bool ok() const { return error.isEmpty(); }
};

// A customer's full phone number and address. The manager sees them anyway; a clerk sees them
// masked until the customer asks, and then each reveal is written down in the audit trail before
// anything is shown — no entry, no number. That way a leak can be traced to who looked.
class ContactReveal
{
    Q_DECLARE_TR_FUNCTIONS(ContactReveal)
public:
    ContactReveal(Database &db, const Clock &clock);

    // True for whoever sees full contact details everywhere without asking.
    bool seesFullContact() const;
    RevealedContact reveal(CustomerId customer);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
