#pragma once

#include "core/permissions.h"
#include "core/session.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class Database;

// The guard every manager-only operation asks first, with the role the connection carries (the
// person logged in at this PC; none for atelier-cli and the nightly run). A hidden button is never
// the only guard: the service refuses too.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    static bool allows(const Database &db, Permission permission);
    // The sentence for people when the person at this PC may not do it; empty when they may.
    static QString refusal(const Database &db, Permission permission);
    // The same for a session passed by the caller (the account operations, which a worker thread
    // runs for the window's session).
    static QString refusal(const Session &by, Permission permission);

private:
    static QString refusalText();
};

} // namespace atelier
