#pragma once

namespace atelier {

class Clock;
class Database;

// The store's policy for a birthday, year of birth or address on file without the archive consent
// (Settings → Service → Privacy; docs/privacy.md). "Keep" leaves them and the archive list flags the
// customer for the manager; "clear" blanks them: CustomerService at once when she withdraws, and the
// nightly run for the rest (kept from before the rule or from the time the policy was "keep").
class ConsentPolicy
{
public:
    // Under "clear", blanks them for every customer who holds them without consent; under "keep",
    // nothing. Runs inside the nightly run's transaction and throws StorageError like its other steps.
    // Returns how many customers were cleared.
    static int clearNightly(Database &db, const Clock &clock);
};

} // namespace atelier
