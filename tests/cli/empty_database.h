#pragma once

#include <QString>

#include <catch2/catch.hpp>

#include <libpq-fe.h>

#include <memory>

namespace atelier::testing {

// A database as createdb leaves it: the test location's migrated schema dropped. For the tests that
// restore a server's backup, which goes into an empty database only. Link PkgConfig::PQ.
inline void emptyDatabase(const QString &location)
{
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectdb(location.toUtf8().constData()), &PQfinish);
    REQUIRE(PQstatus(connection.get()) == CONNECTION_OK);
    const std::unique_ptr<PGresult, decltype(&PQclear)> dropped(
        PQexec(connection.get(), "DROP SCHEMA public CASCADE; CREATE SCHEMA public"), &PQclear);
    REQUIRE(PQresultStatus(dropped.get()) == PGRES_COMMAND_OK);
}

} // namespace atelier::testing
