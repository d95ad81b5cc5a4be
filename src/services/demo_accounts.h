#pragma once

#include <QString>

namespace atelier {

class Clock;
class Database;

// The two accounts every demo store has, so that a newcomer can try both roles (README.md states
// them): the demo manager and the first demo clerk, each with a password and a counter PIN; the
// other demo staff have a counter PIN only.
namespace demo {

struct DemoLogin
{
    QString login;
    QString password;
    QString pin;
};
DemoLogin managerLogin();
DemoLogin clerkLogin();
// The counter PIN of the demo's other staff, who take the counter but do not log in.
QString otherStaffPin();

// False (and logged) when the accounts could not be made; the demo data stays.
bool addDemoAccounts(Database &db, const Clock &clock);

} // namespace demo
} // namespace atelier
