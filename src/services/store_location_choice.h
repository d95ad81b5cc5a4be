#pragma once

#include <QCoreApplication>
#include <QString>

namespace atelier {

class Store;

// Which store this computer's app opens, and the words for it. The choice is kept per computer
// (QSettings "store/location"): empty means the default file in the data folder, otherwise a
// file's path or a PostgreSQL location (postgresql://…, see docs/postgresql.md). `--db` goes first.
class StoreLocationChoice
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocationChoice)
public:
    // What the app opens: `commandLine` (--db) when given, then the kept choice, then the default file.
    static QString effective(const QString &commandLine);
    static QString kept();
    // Keeps `location` for the next start; empty: the default file. Refused (false, `error` set)
    // for a location the storage would refuse, a password in it above all: nothing is kept then.
    static bool keep(const QString &location, QString *error);
    // Nothing was chosen yet and there is no store in the default place: the app asks where it is.
    static bool isFirstStart();

    // Empty when the storage would try to open `location`; otherwise its sentence why not.
    static QString refusal(const QString &location);
    // For people: the file's path, or "database “X” on Y" (never a password).
    static QString describe(const QString &location);

    struct TestResult
    {
        bool reached = false;
        bool serverProblem = false; // unreachable or access denied: "Try again" may help
        QString words; // what happened, in a sentence
    };
    // The store did not open because its server was out of reach or refused the user: trying again,
    // or another location, may help (a file's problems are not of that kind).
    static bool serverOutOfReach(Store &failed);

    // Opens `location` as the app would (an empty database is prepared as a new store) and closes
    // it again. Blocks for up to the connect timeout (5 s): call it on a worker thread.
    static TestResult test(const QString &location);
};

} // namespace atelier
