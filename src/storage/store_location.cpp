#include "storage/store_location.h"

#include <libpq-fe.h>

#include <memory>

namespace atelier {

bool StoreLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation location;
    location.m_text = text;
    error->clear();
    if (!looksLikeServer(text)) {
        if (text.trimmed().isEmpty())
            *error = tr("No database was given.");
        location.m_path = text;
        return location;
    }
    location.m_kind = Kind::PostgreSQL;

    char *parseError = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(text.toUtf8().constData(), &parseError), &PQconninfoFree);
    if (!options) {
        const QString detail = parseError ? QString::fromUtf8(parseError).trimmed() : QString();
        PQfreemem(parseError);
        *error = tr("“%1” is not a PostgreSQL location libpq understands (%2). The form is "
                    "postgresql://user@host:port/database.")
                     .arg(text, detail);
        return location;
    }
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromLatin1(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("password")) {
            *error = tr("The location holds a password, which would be kept in settings and shown in "
                        "lists of running programs. Remove it from the location and put it in a password "
                        "file instead (~/.pgpass, or the file PGPASSFILE names; see docs/postgresql.md).");
            return location;
        }
        if (keyword == QLatin1String("host"))
            location.m_host = value;
        else if (keyword == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (keyword == QLatin1String("dbname"))
            location.m_database = value;
        else if (keyword == QLatin1String("user"))
            location.m_user = value;
        else
            location.m_options.append(keyword + u'=' + value);
    }
    if (location.m_database.isEmpty())
        *error = tr("The location “%1” names no database; add it after the server, as in "
                    "postgresql://server/atelier.")
                     .arg(text);
    return location;
}

QString StoreLocation::display() const
{
    if (!isServer())
        return m_path;
    QString server = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port > 0)
        server += u':' + QString::number(m_port);
    return tr("database “%1” on %2").arg(m_database, server);
}

} // namespace atelier
