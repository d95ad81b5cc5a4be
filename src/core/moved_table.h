#pragma once

#include <QByteArray>
#include <QString>

namespace atelier {

// One table of a store moved to a server: its rows and checksum (SHA-256, hex) as read from the
// SQLite file and as read back from the server.
struct MovedTable
{
    QString name;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QByteArray sourceSha256;
    QByteArray targetSha256;

    bool matches() const { return sourceRows == targetRows && sourceSha256 == targetSha256; }
};

} // namespace atelier
