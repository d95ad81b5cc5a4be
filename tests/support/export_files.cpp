#include "support/export_files.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

namespace atelier::testing {

QString xlsxPart(const QString &file, const QString &part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, part});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QString cellXml(const QString &sheet, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref),
        QRegularExpression::DotMatchesEverythingOption);
    return cell.match(sheet).captured(0);
}

QString cellText(const QString &file, const QString &ref)
{
    const QString cell = cellXml(xlsxPart(file, QStringLiteral("xl/worksheets/sheet1.xml")), ref);
    const QRegularExpression inlineText(QStringLiteral("<t[^>]*>(.*?)</t>"));
    if (const QRegularExpressionMatch text = inlineText.match(cell); text.hasMatch())
        return text.captured(1);
    const QString value = QRegularExpression(QStringLiteral("<v>(.*?)</v>")).match(cell).captured(1);
    if (!cell.contains(QStringLiteral("t=\"s\"")))
        return value;
    // A shared string: the value is its index in sharedStrings.xml.
    const QString strings = xlsxPart(file, QStringLiteral("xl/sharedStrings.xml"));
    QStringList all;
    QRegularExpressionMatchIterator each
        = QRegularExpression(QStringLiteral("<si>.*?<t[^>]*>(.*?)</t>.*?</si>")).globalMatch(strings);
    while (each.hasNext())
        all << each.next().captured(1);
    return all.value(value.toInt());
}

QStringList csvLines(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace atelier::testing
