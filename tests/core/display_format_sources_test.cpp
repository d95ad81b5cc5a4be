// The equivalent check of "every date, amount and size shown goes through DisplayFormat": the
// sources of the pages (the card, the Tiers page, the reports, the forecasts, the Backups tab and the
// rest) must not format one by themselves. A line that does is named with its file and number.

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

struct Banned
{
    QRegularExpression pattern;
    const char *instead;
};

const QList<Banned> &banned()
{
    static const QList<Banned> list{
        {QRegularExpression(QStringLiteral(R"((\.|->)toDisplayString\()")),
            "DisplayFormat::amount or DisplayFormat::threshold"},
        {QRegularExpression(QStringLiteral(R"(\b(Short|Long|Narrow)Format\b)")),
            "DisplayFormat::date or dateTime"},
        {QRegularExpression(QStringLiteral(R"(toString\(\s*Qt::\w+Date\b)")), "DisplayFormat::date"},
        {QRegularExpression(QStringLiteral(R"(toString\([^;]*"[^"]*(yy|MM|dd|HH|mm)[^"]*")")),
            "DisplayFormat::date, dateTime, month or dayInSentence"},
        {QRegularExpression(QStringLiteral(R"(formattedDataSize|KiB)")), "DisplayFormat::fileSize"},
        {QRegularExpression(QStringLiteral(R"(\.join\(\s*(QStringLiteral|QLatin1String|tr)\("[,;] ?"\))")),
            "DisplayFormat::list or clauses"},
        {QRegularExpression(QStringLiteral(R"(" yuan"|元")")), "DisplayFormat::amount or threshold"},
    };
    return list;
}

// "file:line: text (use …)" for every line of `text` that formats by itself; comments are skipped.
QStringList bypasses(const QString &fileName, const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString code = lines.at(i);
        if (const qsizetype comment = code.indexOf(QStringLiteral("//")); comment >= 0)
            code.truncate(comment);
        // A weekday's or a month's name is a word, not a date.
        code.remove(QRegularExpression(QStringLiteral(R"((day|month)Name\([^)]*\))")));
        for (const Banned &rule : banned())
            if (rule.pattern.match(code).hasMatch())
                found << QStringLiteral("%1:%2: %3 (use %4)")
                             .arg(fileName)
                             .arg(i + 1)
                             .arg(lines.at(i).trimmed(), QString::fromLatin1(rule.instead));
    }
    return found;
}

// Every page and dialog, the printed report, and the core's words shown on them (the card's forecast,
// the stored task notes). The card, the Tiers page, the reports, the forecasts and the Backups tab
// are among them.
const QStringList scanned{
    QStringLiteral("src/gui"),
    QStringLiteral("src/print"),
    QStringLiteral("src/core/forecast_wording.cpp"),
    QStringLiteral("src/core/stored_words.cpp"),
};

} // namespace

TEST_CASE(
    "the format check finds a date, an amount, a size or a list formatted by hand", "[core][display_format]")
{
    const auto finds = [](const char *line) {
        return !bypasses(QStringLiteral("x.cpp"), QString::fromUtf8(line)).isEmpty();
    };
    CHECK(finds("    item->setText(sale.total().toDisplayString());"));
    CHECK(finds("    .arg(price->toDisplayString());"));
    CHECK(finds("    return QLocale().toString(day, QLocale::ShortFormat);"));
    CHECK(finds("    return day.toString(Qt::ISODate);"));
    CHECK(finds(R"(    label->setText(month.toString(QStringLiteral("yyyy-MM")));)"));
    CHECK(finds(R"(    tr("Birthday: %1").arg(QLocale().toString(day, tr("MMMM d")));)"));
    CHECK(finds("    cells << QLocale().formattedDataSize(bytes);"));
    CHECK(finds(R"(    label->setText(tags.join(tr(", ")));)"));
    CHECK(finds(R"(    box->setSuffix(tr(" yuan"));)"));
    CHECK(bypasses(QStringLiteral("x.cpp"), QStringLiteral("a\nreturn d.toString(Qt::ISODate);"))
        == QStringList{QStringLiteral("x.cpp:2: return d.toString(Qt::ISODate); (use DisplayFormat::date)")});

    CHECK_FALSE(finds("    return DisplayFormat::amount(sale.total());"));
    CHECK_FALSE(finds("    return QLocale().toString(count.customers);"));
    CHECK_FALSE(finds("    // was: day.toString(Qt::ISODate)"));
    CHECK_FALSE(finds("    lines.join(u'\\n');"));
    CHECK_FALSE(finds("    return QLocale().dayName(section + 1, QLocale::ShortFormat);"));
}

TEST_CASE("the card, the Tiers page, the reports, the forecasts, the Backups tab and every other page "
          "format through DisplayFormat only",
    "[core][display_format]")
{
    const QDir root(QStringLiteral(ATELIER_SOURCE_DIR));
    QStringList files;
    for (const QString &path : scanned) {
        if (QFileInfo(root.filePath(path)).isDir()) {
            QDirIterator it(root.filePath(path), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << root.relativeFilePath(it.next());
        } else {
            files << path;
        }
    }
    REQUIRE(files.size() > 100);
    QStringList found;
    for (const QString &file : files) {
        QFile source(root.filePath(file));
        REQUIRE(source.open(QIODevice::ReadOnly));
        found << bypasses(file, QString::fromUtf8(source.readAll()));
    }
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("every date field in a form shows the table's date format, not the system's short one",
    "[core][display_format]")
{
    // A QDateEdit without a display format shows QLocale's short format ("5/1/26", "2026/5/1").
    static const QRegularExpression field(
        QStringLiteral(R"re(<widget class="(QDateEdit|QDateTimeEdit)" name="([^"]+)">(.*?)</widget>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    const QDir forms(QStringLiteral(ATELIER_SOURCE_DIR "/ui"));
    QStringList found;
    int fields = 0;
    for (const QString &name : forms.entryList({QStringLiteral("*.ui")}, QDir::Files)) {
        QFile form(forms.filePath(name));
        REQUIRE(form.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(form.readAll());
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ++fields;
            const QString wanted = match.captured(1) == QStringLiteral("QDateEdit")
                ? QStringLiteral("yyyy-MM-dd")
                : QStringLiteral("yyyy-MM-dd HH:mm");
            if (!match.captured(3).contains(QStringLiteral("<string notr=\"true\">%1</string>").arg(wanted)))
                found << QStringLiteral("%1: %2 does not show %3").arg(name, match.captured(2), wanted);
        }
    }
    CHECK(fields >= 8);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
