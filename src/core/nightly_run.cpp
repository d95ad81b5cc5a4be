#include "core/nightly_run.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr std::array<std::pair<NightlyRun::StartedBy, const char *>, 4> startedByCodes{{
    {NightlyRun::StartedBy::Timer, "timer"},
    {NightlyRun::StartedBy::CatchUp, "catch_up"},
    {NightlyRun::StartedBy::Cli, "cli"},
    {NightlyRun::StartedBy::Manual, "manual"},
}};

constexpr std::array<std::pair<NightlyRun::Result, const char *>, 5> resultCodes{{
    {NightlyRun::Result::Running, "running"},
    {NightlyRun::Result::Ok, "ok"},
    {NightlyRun::Result::Failed, "failed"},
    {NightlyRun::Result::Cancelled, "cancelled"},
    {NightlyRun::Result::Interrupted, "interrupted"},
}};

} // namespace

QString toCode(NightlyRun::StartedBy value)
{
    for (const auto &[candidate, code] : startedByCodes)
        if (candidate == value)
            return QString::fromLatin1(code);
    return QString();
}

QString toCode(NightlyRun::Result value)
{
    for (const auto &[candidate, code] : resultCodes)
        if (candidate == value)
            return QString::fromLatin1(code);
    return QString();
}

NightlyRun::StartedBy startedByFromCode(const QString &code)
{
    for (const auto &[value, candidate] : startedByCodes)
        if (code == QLatin1String(candidate))
            return value;
    return NightlyRun::StartedBy::Manual;
}

NightlyRun::Result runResultFromCode(const QString &code)
{
    for (const auto &[value, candidate] : resultCodes)
        if (code == QLatin1String(candidate))
            return value;
    return NightlyRun::Result::Failed;
}

} // namespace atelier
