#include "storage/holiday_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString columns = QStringLiteral("id, code, name_zh, name_en, day, greet");

Holiday readHoliday(const QSqlQuery &query)
{
    Holiday holiday;
    holiday.id = query.value(0).toLongLong();
    // A code a newer version wrote reads as the store's own: its names and day still say what it is.
    holiday.code = holidayCodeFromCode(query.value(1).toString()).value_or(HolidayCode::Other);
    holiday.nameZh = query.value(2).toString();
    holiday.nameEn = query.value(3).toString();
    holiday.day = dateFromStoredText(query.value(4).toString());
    holiday.greet = query.value(5).toInt() != 0;
    return holiday;
}

QList<Holiday> readAll(QSqlQuery &query)
{
    QList<Holiday> holidays;
    while (query.next())
        holidays.append(readHoliday(query));
    return holidays;
}

} // namespace

HolidayRepository::HolidayRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Holiday> HolidayRepository::ofYear(int year)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM holidays WHERE day >= ? AND day <= ? ORDER BY day, name_zh, id")
            .arg(columns),
        {toStoredText(QDate(year, 1, 1)), toStoredText(QDate(year, 12, 31))});
    return readAll(query);
}

QList<Holiday> HolidayRepository::greetedBetween(const QDate &first, const QDate &last)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM holidays WHERE day >= ? AND day <= ? AND greet = 1 ORDER BY day, id")
            .arg(columns),
        {toStoredText(first), toStoredText(last)});
    return readAll(query);
}

std::optional<Holiday> HolidayRepository::find(HolidayId id)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT %1 FROM holidays WHERE id = ?").arg(columns), {id});
    if (!query.next())
        return std::nullopt;
    return readHoliday(query);
}

std::optional<HolidayId> HolidayRepository::idOf(const QString &nameZh, const QDate &day)
{
    const QVariant id = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM holidays WHERE name_zh = ? AND day = ?"), {nameZh, toStoredText(day)});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

HolidayId HolidayRepository::insert(const Holiday &holiday)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO holidays (code, name_zh, name_en, day, greet) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {toCode(holiday.code), holiday.nameZh, holiday.nameEn, toStoredText(holiday.day),
            holiday.greet ? 1 : 0});
    query.next();
    return query.value(0).toLongLong();
}

bool HolidayRepository::update(const Holiday &holiday)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "UPDATE holidays SET code = ?, name_zh = ?, name_en = ?, day = ?, greet = ? WHERE id = ?"),
        {toCode(holiday.code), holiday.nameZh, holiday.nameEn, toStoredText(holiday.day),
            holiday.greet ? 1 : 0, holiday.id});
    return query.numRowsAffected() > 0;
}

bool HolidayRepository::remove(HolidayId id)
{
    const QSqlQuery query = sql::run(m_db, QStringLiteral("DELETE FROM holidays WHERE id = ?"), {id});
    return query.numRowsAffected() > 0;
}

} // namespace atelier
