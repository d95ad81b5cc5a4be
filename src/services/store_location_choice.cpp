#include "services/store_location_choice.h"

#include "services/data_location.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/store_location.h"

#include <QFileInfo>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

const QString keptKey = QStringLiteral("store/location");

bool outOfReach(Database::Problem problem)
{
    return problem == Database::Problem::Unreachable || problem == Database::Problem::AccessDenied;
}

} // namespace

QString StoreLocationChoice::effective(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString chosen = kept();
    return chosen.isEmpty() ? defaultDatabasePath() : chosen;
}

QString StoreLocationChoice::kept()
{
    return QSettings().value(keptKey).toString();
}

bool StoreLocationChoice::keep(const QString &location, QString *error)
{
    const QString text = location.trimmed();
    *error = text.isEmpty() ? QString() : refusal(text);
    if (!error->isEmpty())
        return false;
    QSettings settings;
    if (text.isEmpty() || text == defaultDatabasePath())
        settings.remove(keptKey);
    else
        settings.setValue(keptKey, text);
    settings.sync();
    return true;
}

bool StoreLocationChoice::isFirstStart()
{
    return !QSettings().contains(keptKey) && !QFileInfo::exists(defaultDatabasePath());
}

QString StoreLocationChoice::refusal(const QString &location)
{
    QString error;
    StoreLocation::parse(location, &error);
    return error;
}

QString StoreLocationChoice::describe(const QString &location)
{
    QString error;
    const StoreLocation parsed = StoreLocation::parse(location, &error);
    // A refused location may hold a password: it is not repeated.
    if (!error.isEmpty() && parsed.isServer())
        return tr("a server location that cannot be used");
    return parsed.display();
}

bool StoreLocationChoice::serverOutOfReach(Store &failed)
{
    return outOfReach(failed.database().problem());
}

StoreLocationChoice::TestResult StoreLocationChoice::test(const QString &location)
{
    TestResult result;
    Database database;
    result.reached = database.open(location);
    if (result.reached) {
        result.words = tr("Connected: the store's data is there and ready.");
        return result;
    }
    const Database::Problem problem = database.problem();
    result.serverProblem
        = problem == Database::Problem::Unreachable || problem == Database::Problem::AccessDenied;
    result.words = database.errorString();
    spdlog::warn("store location test failed: problem {}", static_cast<int>(problem));
    return result;
}

} // namespace atelier
