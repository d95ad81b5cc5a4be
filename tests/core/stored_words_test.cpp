#include "core/complaint_callback.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "core/stored_words.h"
#include "core/task_plan.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

QString shortDate(const QDate &day)
{
    return DisplayFormat::dayInSentence(day);
}

// Sets the default locale for one test, as a language switch does, and puts the old one back.
struct LocaleScope
{
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_before); }
    QLocale m_before = QLocale();
};

} // namespace

TEST_CASE("each kind of stored words renders its sentence with its arguments", "[core][stored-words]")
{
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const QDate day(2026, 6, 18);

    const StoredWords birthday = StoredWords::birthday(day);
    CHECK(birthday.kind == QStringLiteral("birthday"));
    CHECK(birthday.args == QStringList{QStringLiteral("2026-06-18")});
    CHECK(birthday.rendered() == QStringLiteral("Birthday on ") + shortDate(day));
    CHECK(birthday.text == birthday.rendered());

    CHECK(StoredWords::purchaseExpected(day).rendered()
        == QStringLiteral("Next purchase expected around ") + shortDate(day));
    const StoredWords move = StoredWords::segmentMove(StoreSegment::Active, StoreSegment::Dormant);
    CHECK(move.args == QStringList{toCode(StoreSegment::Active), toCode(StoreSegment::Dormant)});
    CHECK(move.rendered()
        == QStringLiteral("Moved from %1 to %2")
               .arg(Labels::of(StoreSegment::Active), Labels::of(StoreSegment::Dormant)));
    CHECK(StoredWords::complaintCallback(7).rendered() == QStringLiteral("Call back about complaint #7"));
    CHECK(StoredWords::runCancelled().rendered()
        == QStringLiteral("Cancelled; the previous results are unchanged."));
    CHECK(StoredWords::backupFailed(QStringLiteral("disk full")).rendered()
        == QStringLiteral("The nightly work is done, but the backup after it failed: disk full"));
    CHECK(StoredWords::oldFitUsed(QDate(2026, 6, 7), QStringLiteral("Too few buyers.")).rendered()
        == QStringLiteral(
            "Forecasts use the fit of 2026-06-07: tonight's fit was not used. Too few buyers."));
    CHECK(StoredWords::noForecastsYet(QStringLiteral("Too few buyers.")).rendered()
        == QStringLiteral("No forecasts yet: Too few buyers."));
}

TEST_CASE("stored words show their dates in the reader's locale, not the writer's", "[core][stored-words]")
{
    const QDate day(2026, 6, 18);
    StoredWords written;
    {
        const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
        written = StoredWords::birthday(day);
    }
    const LocaleScope chinese(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(written.text == QStringLiteral("Birthday on 18 June"));
    CHECK(written.rendered() == QStringLiteral("Birthday on 6月18日"));
    CHECK(written.rendered() == QStringLiteral("Birthday on ") + DisplayFormat::dayInSentence(day));
}

TEST_CASE("words with no kind, an unknown kind or arguments that do not fit show the stored text",
    "[core][stored-words]")
{
    const QString raw = QStringLiteral("Birthday on 6/18/26");
    // A row from before kinds, or a clerk's note.
    CHECK(StoredWords{QString(), {}, raw}.rendered() == raw);
    CHECK(StoredWords::plain(raw).rendered() == raw);
    // A kind a newer version wrote.
    CHECK(StoredWords{QStringLiteral("anniversary"), {QStringLiteral("2026-06-18")}, raw}.rendered() == raw);
    // A known kind whose arguments a newer version changed.
    CHECK(StoredWords{QStringLiteral("birthday"), {}, raw}.rendered() == raw);
    CHECK(StoredWords{QStringLiteral("birthday"), {QStringLiteral("next week")}, raw}.rendered() == raw);
    CHECK(StoredWords{QStringLiteral("birthday"), {QStringLiteral("2026-06-18"), QStringLiteral("x")}, raw}
              .rendered()
        == raw);
    CHECK(
        StoredWords{QStringLiteral("segment_move"), {QStringLiteral("gone"), QStringLiteral("dormant")}, raw}
            .rendered()
        == raw);
    CHECK(
        StoredWords{QStringLiteral("complaint_callback"), {QStringLiteral("seven")}, raw}.rendered() == raw);
}

TEST_CASE(
    "stored arguments round-trip as a JSON array and anything else reads as none", "[core][stored-words]")
{
    const QStringList args{QStringLiteral("2026-06-18"), QStringLiteral("他说：\"好\", ok")};
    const QString stored = StoredWords::argsToStoredText(args);
    CHECK(stored.startsWith(u'['));
    CHECK(StoredWords::argsFromStoredText(stored) == args);
    CHECK(StoredWords::argsToStoredText({}).isEmpty());
    CHECK(StoredWords::argsFromStoredText(QString()).isEmpty());
    CHECK(StoredWords::argsFromStoredText(QStringLiteral("{\"a\": 1}")).isEmpty());
    CHECK(StoredWords::argsFromStoredText(QStringLiteral("[1, 2]")).isEmpty());
    CHECK(StoredWords::argsFromStoredText(QStringLiteral("[\"2026-06-18\"")).isEmpty());
}

TEST_CASE("words set directly after a kind are stored as plain text", "[core][stored-words]")
{
    const StoredWords cancelled = StoredWords::runCancelled();
    CHECK(cancelled.storedAs(cancelled.text) == cancelled);
    const StoredWords replaced = cancelled.storedAs(QStringLiteral("The database is locked."));
    CHECK(replaced.kind.isEmpty());
    CHECK(replaced.args.isEmpty());
    CHECK(replaced.rendered() == QStringLiteral("The database is locked."));
}

TEST_CASE("the planned tasks' notes are stored as kinds", "[core][stored-words][follow-ups]")
{
    const QDate asOf(2026, 6, 15);
    CustomerTaskFacts facts;
    facts.customer = 42;
    facts.consentProfile = true;
    facts.birthday = QDate(1990, 6, 18);
    const std::vector<FollowUpTask> tasks = TaskPlan::plan(facts, asOf, ServiceRules());
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].noteWords == StoredWords::birthday(QDate(2026, 6, 18)));
    CHECK(tasks[0].note == tasks[0].noteWords.text);

    Complaint complaint;
    complaint.id = 7;
    complaint.customer = 42;
    complaint.resolvedAt = QDateTime(asOf, QTime(10, 0));
    const FollowUpTask callback = ComplaintCallback::taskFor(complaint, ServiceRules(), complaint.resolvedAt);
    CHECK(callback.noteWords == StoredWords::complaintCallback(7));
    CHECK(callback.note == callback.noteWords.text);
}

TEST_CASE("the notice that Dormant changed meaning keeps what the run said after it", "[core][stored-words]")
{
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString notice = QStringLiteral(
        "Segments now follow the store's guide: Dormant means more than 182 days without a purchase and "
        "at most 2 purchase(s) in all; a quiet customer with more purchases is now a Lapsed regular.");
    const StoredWords alone = StoredWords::dormantRuleChanged(182, 2);
    CHECK(alone.kind == QStringLiteral("dormant_rule_changed"));
    CHECK(alone.rendered() == notice);

    const QDate fit(2026, 6, 1);
    const StoredWords kept = StoredWords::fitKept(fit);
    const StoredWords both = StoredWords::dormantRuleChanged(182, 2, kept);
    CHECK(both.rendered() == notice + u' ' + kept.rendered());
    // Stored and read back: the second sentence is rendered for its reader too.
    const StoredWords read{
        both.kind, StoredWords::argsFromStoredText(StoredWords::argsToStoredText(both.args)), QString()};
    CHECK(read.rendered() == both.rendered());
    // Arguments that do not fit show the stored text.
    CHECK(StoredWords{
              both.kind, {QStringLiteral("x"), QStringLiteral("2"), {}, {}, {}}, QStringLiteral("as stored")}
              .rendered()
        == QStringLiteral("as stored"));
}
