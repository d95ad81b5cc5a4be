#include "support/online_retail.h"

#include <QFile>
#include <QProcess>

namespace atelier::testing {

QString decompressedOnlineRetail(const QString &sharedDataFolder, const QString &folder)
{
    const QString gz = sharedDataFolder + QStringLiteral("/online-retail/online_retail_lines.csv.gz");
    if (!QFile::exists(gz))
        return {};
    const QString csv = folder + QStringLiteral("/online_retail.csv");
    QProcess zcat;
    zcat.setStandardOutputFile(csv);
    zcat.start(QStringLiteral("zcat"), {gz});
    if (!zcat.waitForFinished(120000) || zcat.exitStatus() != QProcess::NormalExit || zcat.exitCode() != 0)
        return {};
    return csv;
}

} // namespace atelier::testing
