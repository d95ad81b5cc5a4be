// docs/glossary.md fixes one Chinese word per concept; this test holds the translation file to it.
#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

// The glossary's rows whose first cell is `code`-quoted: English term → Chinese word.
QMap<QString, QString> glossaryTerms(const QString &markdown)
{
    static const QRegularExpression row(QStringLiteral(R"(^\| `([^`]+)` \| ([^|]+) \|)"));
    QMap<QString, QString> terms;
    for (const QString &line : markdown.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            terms.insert(match.captured(1), match.captured(2).trimmed());
    }
    return terms;
}

// "&Redeem points…" → "Redeem points"; "兑换积分(&D)…" → "兑换积分".
QString withoutDecoration(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral(R"(\(&.\))"));
    static const QRegularExpression trailing(QStringLiteral(R"((:|：|…|\.\.\.)$)"));
    text.remove(accelerator);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed().remove(trailing).trimmed();
}

// "Context | source | translation ≠ word" for every finished, current message whose source is a
// glossary term and whose translation is another word.
QStringList violations(const QMap<QString, QString> &terms, QIODevice &ts)
{
    QStringList found;
    QXmlStreamReader xml(&ts);
    QString context, source, translation, type;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                translation = numerus ? QString() : xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QString term = withoutDecoration(source);
            if (!numerus && type.isEmpty() && terms.contains(term)
                && withoutDecoration(translation) != terms.value(term))
                found << QStringLiteral("%1 | %2 | %3 ≠ %4")
                             .arg(context, source, translation, terms.value(term));
        }
    }
    if (xml.hasError())
        found << QStringLiteral("the .ts file does not parse: %1").arg(xml.errorString());
    return found;
}

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("every glossary term is translated as the glossary says, everywhere", "[translations][glossary]")
{
    const QMap<QString, QString> terms
        = glossaryTerms(fileText(QStringLiteral(ATELIER_SOURCE_DIR "/docs/glossary.md")));
    REQUIRE(terms.size() >= 40);
    CHECK(terms.value(QStringLiteral("Nightly run")) == QStringLiteral("夜间计算"));
    QFile ts(QStringLiteral(ATELIER_SOURCE_DIR "/resources/translations/atelier_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QStringList found = violations(terms, ts);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the glossary check finds a term translated a second way", "[translations][glossary]")
{
    const QMap<QString, QString> terms{{QStringLiteral("Nightly run"), QStringLiteral("夜间计算")},
        {QStringLiteral("Redeem points"), QStringLiteral("兑换积分")}};
    QByteArray file(R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="zh_CN">
<context><name>A</name>
<message><source>Nightly run</source><translation>夜间计算</translation></message>
<message><source>Re&amp;deem points…</source><translation>兑换积分(&amp;D)…</translation></message>
</context>
<context><name>B</name>
<message><source>Nightly run:</source><translation>夜间任务：</translation></message>
<message><source>Nightly run</source><translation type="vanished">夜间运行</translation></message>
</context>
</TS>
)");
    QBuffer buffer(&file);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const QStringList found = violations(terms, buffer);
    REQUIRE(found.size() == 1); // the second way, not the decorated right one, not a vanished one
    CHECK(found.first().startsWith(QStringLiteral("B | Nightly run:")));
}
