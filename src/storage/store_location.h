#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {

// Where the store's data lives: an SQLite file on this computer (the default, one PC), or a
// PostgreSQL database on a server (several counters), given in libpq's URI form
// `postgresql://[user@][host][:port]/dbname[?host=/socket/folder&port=N]`. libpq itself reads the
// URI (PQconninfoParse), so every form its documentation allows works the same here.
//
// A password is never part of a location: it would end up in shell histories, process lists and
// settings files. libpq finds it in its usual places (PGPASSFILE, ~/.pgpass, PGPASSWORD).
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)
public:
    enum class Kind
    {
        File,
        PostgreSQL,
    };

    // An empty error means the text was understood; otherwise a sentence for people, and the
    // location is not to be used.
    static StoreLocation parse(const QString &text, QString *error);
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::PostgreSQL; }
    // The text as given: the file's path, or the URI (which holds no password).
    const QString &text() const { return m_text; }
    const QString &path() const { return m_path; } // a file's path; empty for a server

    // PostgreSQL parts (empty: libpq's default, e.g. the PGHOST environment variable).
    const QString &host() const { return m_host; } // a name, an address or a socket folder
    int port() const { return m_port; } // -1: the default
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    // Any other libpq keywords the URI carried (sslmode=require, …), as "key=value".
    const QStringList &options() const { return m_options; }

    // For messages and logs: the server and database, never a password.
    QString display() const;

private:
    Kind m_kind = Kind::File;
    QString m_text;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QStringList m_options;
};

} // namespace atelier
