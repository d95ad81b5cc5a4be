#include "services/data_location.h"

#include <QDir>
#include <QStandardPaths>

namespace atelier {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("atelier.sqlite"));
}

} // namespace atelier
