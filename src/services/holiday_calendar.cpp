#include "services/holiday_calendar.h"

#include "core/audit.h"
#include "core/clock.h"
#include "core/stored_time.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/holiday_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// A holiday as the audit trail lists it: what a manager would compare.
QList<FieldChange> holidayChanges(const std::optional<Holiday> &before, const std::optional<Holiday> &after)
{
    const auto values = [](const std::optional<Holiday> &h) -> QStringList {
        if (!h)
            return {QString(), QString(), QString(), QString()};
        return {
            toStoredText(h->day), h->nameZh, h->nameEn, h->greet ? QStringLiteral("1") : QStringLiteral("0")};
    };
    static const QStringList fields{
        QStringLiteral("day"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("greet")};
    const QStringList old = values(before);
    const QStringList now = values(after);
    QList<FieldChange> changes;
    for (int i = 0; i < fields.size(); ++i) {
        if (old.at(i) != now.at(i))
            changes.append({fields.at(i), old.at(i), now.at(i)});
    }
    return changes;
}

HolidaySaveResult refused(const QString &field, const QString &message)
{
    HolidaySaveResult result;
    result.field = field;
    result.message = message;
    return result;
}

} // namespace

HolidayCalendar::HolidayCalendar(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ReadResult<QList<Holiday>> HolidayCalendar::ofYear(int year)
{
    return tryRead<QList<Holiday>>(
        "holidays", [&] { return HolidayRepository(m_db.connection()).ofYear(year); });
}

int HolidayCalendar::currentYear() const
{
    return m_clock.today().year();
}

HolidaySaveResult HolidayCalendar::save(Holiday holiday, const QString &dayText)
{
    if (const auto problem = Holiday::readDay(dayText, holiday.day))
        return refused(problem->field, problem->message);
    return save(holiday);
}

HolidaySaveResult HolidayCalendar::save(const Holiday &input)
{
    if (const QString refusal = Access::refusal(m_db, Permission::ChangeRules); !refusal.isEmpty())
        return refused(QString(), refusal);
    Holiday holiday = input;
    if (const auto problem = holiday.normaliseAndCheck())
        return refused(problem->field, problem->message);
    try {
        Transaction transaction(m_db.connection());
        HolidayRepository repository(m_db.connection());
        const std::optional<HolidayId> same = repository.idOf(holiday.nameZh, holiday.day);
        if (same && *same != holiday.id)
            return refused(QStringLiteral("name_zh"),
                tr("Name in Chinese: “%1” is on the calendar on that day already.").arg(holiday.nameZh));
        const std::optional<Holiday> before = holiday.id == 0 ? std::nullopt : repository.find(holiday.id);
        if (holiday.id == 0) {
            holiday.id = repository.insert(holiday);
        } else if (!before || !repository.update(holiday)) {
            return refused(QString(), tr("This holiday was removed meanwhile. Nothing was saved."));
        }
        AuditTrail(m_db, m_clock)
            .recordRulesChanged(
                m_db.auditActor(), QStringLiteral("holidays"), holidayChanges(before, holiday));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("holiday not saved: {}", error.detail().toStdString());
        return refused(QString(), error.userMessage());
    }
    spdlog::info("holiday {} saved", holiday.id);
    HolidaySaveResult result;
    result.id = holiday.id;
    return result;
}

WriteResult HolidayCalendar::remove(HolidayId id)
{
    if (const QString refusal = Access::refusal(m_db, Permission::ChangeRules); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    try {
        Transaction transaction(m_db.connection());
        HolidayRepository repository(m_db.connection());
        const std::optional<Holiday> before = repository.find(id);
        if (!before || !repository.remove(id))
            return WriteResult::failure(tr("This holiday was removed meanwhile."));
        AuditTrail(m_db, m_clock)
            .recordRulesChanged(
                m_db.auditActor(), QStringLiteral("holidays"), holidayChanges(before, std::nullopt));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("holiday not removed: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("holiday {} removed", id);
    return WriteResult::success();
}

} // namespace atelier
