// The .ts files themselves: every translation keeps its source's placeholders, and no text shown
// to people says "(s)" (English plurals come from atelier_en.ts). check_translations.sh checks
// that the files are complete against the sources; these read what is in them.
#include "services/language.h"
#include "services/sms_export.h"

#include "support/language_scope.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace atelier;

using atelier::testing::LanguageScope;

namespace {

// The files in the source tree, or copies named in ATELIER_TS_ZH / ATELIER_TS_EN (to try an edit
// without touching the real file).
const QString zhFile
    = qEnvironmentVariable("ATELIER_TS_ZH", QStringLiteral(ATELIER_TRANSLATIONS_DIR "/atelier_zh_CN.ts"));
const QString enFile
    = qEnvironmentVariable("ATELIER_TS_EN", QStringLiteral(ATELIER_TRANSLATIONS_DIR "/atelier_en.ts"));

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // the one translation, or each numerus form
    QString where() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QList<TsMessage> readTs(const QString &text)
{
    QList<TsMessage> messages;
    QXmlStreamReader xml(text);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// What QString::arg() and tr()'s %n fill in: %1…%99, %L1…%L99, %n and %Ln, sorted so that two
// texts with the same placeholders in another order compare equal.
QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found << match.captured();
    std::sort(found.begin(), found.end());
    return found;
}

QString listed(const QStringList &placeholders)
{
    return placeholders.isEmpty() ? QStringLiteral("no placeholder") : placeholders.join(u' ');
}

// One line per translation (or numerus form) whose placeholders differ from its source's.
QStringList placeholderProblems(const QString &tsText)
{
    QStringList problems;
    for (const TsMessage &message : readTs(tsText)) {
        const QStringList expected = placeholdersOf(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue; // unfinished: check_translations.sh reports it
            const QStringList found = placeholdersOf(translation);
            if (found != expected)
                problems << message.where() + QStringLiteral(" has ") + listed(found)
                        + QStringLiteral(" in \"") + translation + QStringLiteral("\", the source ")
                        + listed(expected);
        }
    }
    return problems;
}

} // namespace

TEST_CASE(
    "translation files: every translation has its source's placeholders, as many of each", "[translations]")
{
    for (const QString &path : {zhFile, enFile}) {
        INFO(path.toStdString());
        const QStringList problems = placeholderProblems(readText(path));
        CAPTURE(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("translation files: a translation that drops a %1 or repeats one is caught", "[translations]")
{
    const QString text = readText(zhFile);
    // The first finished translation with a %1 in it, as the file has it.
    static const QRegularExpression withArg(QStringLiteral("<translation>([^<]*%1[^<]*)</translation>"));
    const QRegularExpressionMatch match = withArg.match(text);
    REQUIRE(match.hasMatch());
    const QString translation = match.captured(1);

    QString dropped = translation;
    dropped.replace(dropped.indexOf(QStringLiteral("%1")), 2, QString());
    const QString doubled = translation + QStringLiteral(" %1");
    for (const QString &broken : {dropped, doubled}) {
        QString copy = text;
        copy.replace(match.capturedStart(1), match.capturedLength(1), broken);
        const QStringList problems = placeholderProblems(copy);
        CAPTURE(problems.join(u'\n').toStdString());
        CHECK(problems.size() == 1);
    }
    // A numerus form that loses its %n is caught as well.
    static const QRegularExpression withCount(QStringLiteral("<numerusform>([^<]*)%n([^<]*)</numerusform>"));
    const QRegularExpressionMatch count = withCount.match(text);
    REQUIRE(count.hasMatch());
    QString copy = text;
    copy.replace(count.capturedStart(0), count.capturedLength(0),
        QStringLiteral("<numerusform>") + count.captured(1) + count.captured(2)
            + QStringLiteral("</numerusform>"));
    CHECK(placeholderProblems(copy).size() == 1);
}

TEST_CASE("translation files: no text shown in English says \"(s)\"", "[translations]")
{
    // Every English source is in the zh_CN file (check_translations.sh keeps it complete).
    const QList<TsMessage> english = readTs(readText(enFile));
    QMap<QString, TsMessage> plurals;
    for (const TsMessage &message : english) {
        INFO(message.where().toStdString());
        CHECK(message.numerus); // the English file holds the plural messages only
        CHECK_FALSE(message.unfinished);
        REQUIRE(message.translations.size() == 2); // "%n customer", "%n customers"
        for (const QString &form : message.translations) {
            CHECK_FALSE(form.isEmpty());
            CHECK_FALSE(form.contains(QStringLiteral("(s)")));
        }
        plurals.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment, message);
    }
    for (const TsMessage &message : readTs(readText(zhFile))) {
        if (!message.source.contains(QStringLiteral("(s)")))
            continue;
        INFO(message.where().toStdString());
        // A "(s)" is fine in a source only where a count chooses the English form.
        CHECK(message.numerus);
        CHECK(plurals.contains(message.context + u'\x1f' + message.source + u'\x1f' + message.comment));
    }
}

TEST_CASE("translation files: in English a count of one reads singular, two plural", "[translations]")
{
    const LanguageScope english(QStringLiteral("en"));
    SmsExportSummary summary;
    summary.written = 1;
    CHECK(SmsExport::describe(summary).startsWith(QStringLiteral("Exported 1 customer. ")));
    summary.written = 2;
    summary.noMobile = 1;
    const QString two = SmsExport::describe(summary);
    CHECK(two.startsWith(QStringLiteral("Exported 2 customers. ")));
    CHECK(two.contains(QStringLiteral("Left out 1 customer with a landline only.")));
    CHECK_FALSE(two.contains(QStringLiteral("(s)")));
}
