#include "core/labels.h"
#include "services/customer_service.h"
#include "services/handover_notes.h"
#include "services/message_templates.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "services/sms_export.h"
#include "storage/contact_repository.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

struct Fixture
{
    TempStore t;
    StaffId clerkA = 0;
    StaffId clerkB = 0;

    Fixture()
    {
        StaffRepository staff(db());
        clerkA = staff.insert(QStringLiteral("小王"), false);
        clerkB = staff.insert(QStringLiteral("小李"), false);
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    MessageTemplates &templates() { return t.store().templates(); }

    CustomerId customer(const QString &name, const QString &phone, bool consent = true)
    {
        const SaveResult saved = t.store().customers().registerCustomer(name, phone);
        INFO(saved.message.toStdString());
        for (const FieldError &error : saved.errors)
            UNSCOPED_INFO(error.field.toStdString() << ": " << error.message.toStdString());
        REQUIRE(saved.ok());
        if (consent)
            sql::run(db(), QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"),
                {qlonglong(*saved.id)});
        return *saved.id;
    }

    void sell(CustomerId customer, const QString &style, int daysAgo)
    {
        Sale sale;
        sale.customerId = customer;
        sale.soldAt = t.clock().now().addDays(-daysAgo);
        SaleLine line;
        line.styleNumber = style;
        line.listPrice = line.paidPrice = Money::fromYuan(300);
        sale.lines << line;
        const SaleResult result = t.store().sales().recordSale(sale);
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
    }

    int templateCount()
    {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM message_templates")).toInt();
    }

    MessageTemplate body(const QString &text, const QString &coupon = QString())
    {
        MessageTemplate m;
        m.name = QStringLiteral("test");
        m.body = text;
        m.coupon = coupon;
        return m;
    }
};

QStringList linesOf(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("Default templates exist in Chinese and English for each planned contact", "[messages]")
{
    Fixture f;
    for (TaskPurpose purpose : {TaskPurpose::Birthday, TaskPurpose::PurchaseCycle, TaskPurpose::Dormant,
             TaskPurpose::ComplaintCallback, TaskPurpose::Holiday}) {
        for (MessageLanguage language : {MessageLanguage::Chinese, MessageLanguage::English}) {
            const auto found = readValue(f.templates().defaultFor(purpose, language));
            INFO(toCode(purpose).toStdString() << " " << toCode(language).toStdString());
            REQUIRE(found);
            CHECK(found->purpose == purpose);
            CHECK(found->language == language);
            CHECK_FALSE(MessageTemplateRules::check(*found));
            if (language == MessageLanguage::Chinese)
                CHECK(found->body.size() <= 70);
        }
    }
    CHECK(readValue(f.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::Chinese))
              ->body.contains(QStringLiteral("{coupon}")));
    CHECK(readValue(f.templates().defaultFor(TaskPurpose::PurchaseCycle, MessageLanguage::English))
              ->body.contains(QStringLiteral("{style}")));
    CHECK(readValue(f.templates().list(MessageLanguage::English)).size() == 5);
    CHECK(readValue(f.templates().list()).size() == 10);
}

TEST_CASE("Saving a bad template stores nothing and says why", "[messages]")
{
    Fixture f;
    QSignalSpy changed(&f.templates(), &MessageTemplates::templatesChanged);
    const int before = f.templateCount();

    TemplateSaveResult result = f.templates().save(f.body(QStringLiteral("您好{nmae}")));
    CHECK_FALSE(result.ok());
    CHECK(result.field == QStringLiteral("body"));
    CHECK(result.message.contains(QStringLiteral("{nmae}")));

    result = f.templates().save(f.body(QStringLiteral("  ")));
    CHECK_FALSE(result.ok());
    CHECK(result.field == QStringLiteral("body"));

    MessageTemplate duplicate = f.body(QStringLiteral("Hello {name}"));
    duplicate.name = QStringLiteral("生日祝福");
    result = f.templates().save(duplicate);
    CHECK_FALSE(result.ok());
    CHECK(result.field == QStringLiteral("name"));
    CHECK(result.message.contains(QStringLiteral("生日祝福")));

    // An edit that breaks an existing template leaves the stored one as it was.
    MessageTemplate existing
        = *readValue(f.templates().defaultFor(TaskPurpose::Holiday, MessageLanguage::English));
    const QString stored = existing.body;
    existing.body = QStringLiteral("Hi {name");
    CHECK_FALSE(f.templates().save(existing).ok());
    CHECK(readValue(f.templates().find(existing.id))->body == stored);

    CHECK(f.templateCount() == before);
    CHECK(changed.isEmpty());
}

TEST_CASE("Templates are saved, renamed and removed", "[messages]")
{
    Fixture f;
    QSignalSpy changed(&f.templates(), &MessageTemplates::templatesChanged);
    MessageTemplate t = f.body(QStringLiteral("{name}，新品到店"));
    t.name = QStringLiteral("  新品通知 ");
    t.purpose = TaskPurpose::Planned;
    const TemplateSaveResult saved = f.templates().save(t);
    REQUIRE(saved.ok());
    MessageTemplate stored = *readValue(f.templates().find(*saved.id));
    CHECK(stored.name == QStringLiteral("新品通知"));
    CHECK(stored.purpose == TaskPurpose::Planned);
    CHECK(stored.updatedAt == f.t.clock().now());

    stored.body = QStringLiteral("{name}，{{新品}}到店");
    REQUIRE(f.templates().save(stored).ok());
    CHECK(readValue(f.templates().find(stored.id))->body == QStringLiteral("{name}，{{新品}}到店"));
    CHECK(f.templates().remove(stored.id).ok());
    CHECK_FALSE(readValue(f.templates().find(stored.id)));
    const WriteResult again = f.templates().remove(stored.id);
    CHECK_FALSE(again.ok());
    CHECK(again.error == QStringLiteral("This template was deleted meanwhile."));
    CHECK(changed.size() == 3);
}

TEST_CASE("A message is filled from the customer, and missing values are reported", "[messages]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    MessageTemplate t = f.body(QStringLiteral("{name}/{tier}/{points}/{coupon}/{style}"));

    SECTION("a new member: no coupon on the template, no style yet")
    {
        const FilledMessage filled = readValue(f.templates().fillFor(t, wang));
        CHECK(filled.text == QStringLiteral("王芳/%1/0//").arg(Labels::of(Tier::None)));
        CHECK(filled.missing == QList<Placeholder>{Placeholder::Coupon, Placeholder::Style});
    }
    SECTION("tier, points, coupon and the latest purchase's style")
    {
        f.sell(wang, QStringLiteral("A100"), 30);
        f.sell(wang, QStringLiteral("B200"), 2);
        f.sell(wang, QStringLiteral("C300"), 10);
        sql::run(f.db(),
            QStringLiteral("INSERT INTO customer_tiers (customer_id, tier, reached_on) VALUES (?, 'gold', "
                           "'2026-01-01')"),
            {qlonglong(wang)});
        t.coupon = QStringLiteral("满500减50");
        const qint64 points = readValue(f.t.store().points().balance(wang));
        REQUIRE(points > 0);
        const FilledMessage filled = readValue(f.templates().fillFor(t, wang));
        CHECK(filled.text
            == QStringLiteral("王芳/%1/%2/满500减50/B200").arg(Labels::of(Tier::Gold)).arg(points));
        CHECK(filled.missing.isEmpty());
    }
    SECTION("a complaint call-back talks about the piece complained about")
    {
        f.sell(wang, QStringLiteral("B200"), 2);
        sql::run(f.db(),
            QStringLiteral(
                "INSERT INTO complaints (customer_id, channel, category, severity, content, style_number, "
                "received_at, respond_by, updated_at) VALUES (?, 'phone', 'quality', 'low', '掉色', 'Q900', "
                "'2026-06-10T10:00:00+08:00', '2026-06-10T10:15:00+08:00', '2026-06-10T10:00:00+08:00')"),
            {qlonglong(wang)});
        const qint64 complaint
            = sql::scalar(f.db(), QStringLiteral("SELECT max(id) FROM complaints")).toLongLong();
        FollowUpTask task;
        task.customer = wang;
        task.dueOn = f.t.clock().today();
        task.purpose = TaskPurpose::ComplaintCallback;
        task.complaint = complaint;
        task.createdAt = f.t.clock().now();
        const TaskId callback = FollowUpRepository(f.db()).insert(task);
        task.purpose = TaskPurpose::PurchaseCycle;
        task.complaint.reset();
        const TaskId wakeUp = FollowUpRepository(f.db()).insert(task);

        const MessageTemplate styleOnly = f.body(QStringLiteral("{style}"));
        CHECK(readValue(f.templates().fillFor(styleOnly, wang, callback)).text == QStringLiteral("Q900"));
        CHECK(readValue(f.templates().fillFor(styleOnly, wang, wakeUp)).text == QStringLiteral("B200"));
        CHECK(readValue(f.templates().fillFor(styleOnly, wang)).text == QStringLiteral("B200"));
    }
}

TEST_CASE("The SMS export honours consent and leaves out landlines", "[messages][sms]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    const CustomerId li = f.customer(QStringLiteral("李静"), QStringLiteral("13987654321"), false);
    const CustomerId zhang = f.customer(QStringLiteral("张丽"), QStringLiteral("057188886666"));
    const CustomerId chen = f.customer(QStringLiteral("陈婷"), QStringLiteral("18611112222"));
    f.sell(chen, QStringLiteral("D400"), 3);
    const MessageTemplate t = f.body(QStringLiteral("{name}, \"{style}\" has new colours"));

    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    SmsExport exporter(f.t.store().database(), f.t.clock());
    // Order as given; an id that is no customer is skipped.
    const ExportResult result = exporter.write(file, {chen, li, 999999, zhang, wang}, t, &summary);
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    const QStringList lines = linesOf(file.data());
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("phone,name,text"));
    CHECK(lines.at(1).toStdString() == "18611112222,陈婷,\"陈婷, \"\"D400\"\" has new colours\"");
    CHECK(lines.at(2).toStdString() == "13812345678,王芳,\"王芳, \"\"\"\" has new colours\"");
    CHECK(summary.written == 2);
    CHECK(summary.noConsent == 1);
    CHECK(summary.noMobile == 1);
    CHECK(summary.withMissing == 1);
    CHECK(summary.missing == QList<Placeholder>{Placeholder::Style});
    const QString said = SmsExport::describe(summary);
    CHECK(said.contains(QStringLiteral("2")));
    CHECK(said.contains(QStringLiteral("{style}")));
    // The two who got the text count as contacted today; the ones left out do not.
    QSqlQuery contacted
        = sql::run(f.db(), QStringLiteral("SELECT customer_id FROM contacts ORDER BY customer_id"));
    QList<qlonglong> contactedIds;
    while (contacted.next())
        contactedIds << contacted.value(0).toLongLong();
    CHECK(contactedIds == QList<qlonglong>{std::min(wang, chen), std::max(wang, chen)});
    CHECK(ContactRepository(f.db()).lastOf(chen) == f.t.clock().now());
}

TEST_CASE("The SMS export leaves out customers contacted within the quiet period", "[messages][sms]")
{
    Fixture f;
    const int quietDays = f.t.store().serviceSettings().rules().quietDays;
    REQUIRE(quietDays == 14);
    const QDateTime now = f.t.clock().now();
    const CustomerId texted = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    const CustomerId called = f.customer(QStringLiteral("李静"), QStringLiteral("13987654321"));
    const CustomerId longAgo = f.customer(QStringLiteral("张丽"), QStringLiteral("13700001234"));
    const CustomerId edge = f.customer(QStringLiteral("陈婷"), QStringLiteral("18611112222"));
    const CustomerId never = f.customer(QStringLiteral("刘洋"), QStringLiteral("15900003333"));
    ContactRepository contacts(f.db());
    contacts.recordSms({texted}, now.addDays(-3), f.clerkA);
    contacts.recordSms({longAgo}, now.addDays(-quietDays - 6), f.clerkA);
    contacts.recordSms({edge}, now.addDays(-quietDays), f.clerkA); // the first day outside
    FollowUpTask call;
    call.customer = called;
    call.dueOn = now.date().addDays(-quietDays + 1);
    call.status = TaskStatus::Done;
    call.doneAt = now.addDays(-quietDays + 1); // the last day inside
    call.createdAt = now.addDays(-20);
    FollowUpRepository(f.db()).insertHistory({call});

    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    SmsExport exporter(f.t.store().database(), f.t.clock());
    const ExportResult result = exporter.write(
        file, {texted, called, longAgo, edge, never}, f.body(QStringLiteral("{name}")), &summary);
    REQUIRE(result.ok());
    const QStringList lines = linesOf(file.data());
    CHECK(lines
        == QStringList{QStringLiteral("phone,name,text"), QStringLiteral("13700001234,张丽,张丽"),
            QStringLiteral("18611112222,陈婷,陈婷"), QStringLiteral("15900003333,刘洋,刘洋")});
    CHECK(summary.written == 3);
    CHECK(summary.quiet == 2);
    CHECK(summary.quietDays == quietDays);
    CHECK(SmsExport::describe(summary).contains(
        QStringLiteral("Left out 2 customer(s) contacted in the last 14 days")));

    // The export itself is a contact: the same list again today reaches nobody.
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    REQUIRE(
        exporter
            .write(again, {texted, called, longAgo, edge, never}, f.body(QStringLiteral("{name}")), &summary)
            .ok());
    CHECK(summary.written == 0);
    CHECK(summary.quiet == 5);
}

TEST_CASE("The SMS export of a Tiers page cell writes exactly its consenting customers", "[messages][sms]")
{
    Fixture f;
    const testing::LoyaltyStore s = testing::fillLoyaltyStore(f.t.store());
    const NightlyRun run = NightlyJob(f.t.store().database(), f.t.store().clock())
                               .run(testing::loyaltyAsOf(), NightlyRun::StartedBy::Manual);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    for (CustomerId id : {s.wang, s.zhang, s.chen})
        sql::run(f.db(), QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"),
            {qlonglong(id)});

    SmsExport exporter(f.t.store().database(), f.t.clock());
    LoyaltyFilter silver;
    silver.tier = Tier::Silver;
    // Silver: 陈婷 (1500) and 张丽 (1200), highest spend first.
    REQUIRE(readValue(exporter.customersOf(silver)) == QList<CustomerId>{s.chen, s.zhang});
    LoyaltyFilter potential;
    potential.segment = StoreSegment::Potential;
    const QList<CustomerId> cell = readValue(exporter.customersOf(potential));
    REQUIRE(cell == QList<CustomerId>{s.zhang, s.liu});

    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    REQUIRE(exporter.write(file, cell, f.body(QStringLiteral("{name} {tier}")), &summary).ok());
    const QStringList lines = linesOf(file.data());
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1) == QStringLiteral("13700001234,张丽,张丽 ") + Labels::of(Tier::Silver));
    CHECK(summary.noConsent == 1);
}

TEST_CASE("Templates that cannot be read are a failed read, not no templates", "[messages]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    const MessageTemplate birthday
        = *readValue(f.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::Chinese));
    testing::dropTable(f.t.store(), QStringLiteral("message_templates"));

    const ReadResult<QList<MessageTemplate>> all = f.templates().list();
    CHECK_FALSE(all.ok());
    CHECK(all.error.contains(QStringLiteral("message_templates")));
    CHECK_FALSE(f.templates().list(MessageLanguage::Chinese).ok());
    CHECK_FALSE(f.templates().find(birthday.id).ok());
    CHECK_FALSE(f.templates().defaultFor(TaskPurpose::Birthday, MessageLanguage::Chinese).ok());
    const ReadResult<std::optional<MessageTemplate>> forTask
        = f.templates().defaultForTask(std::nullopt, MessageLanguage::Chinese);
    CHECK_FALSE(forTask.ok());
    CHECK_FALSE(forTask.error.isEmpty());
    // The filled text needs the customer, not the template table.
    CHECK(readValue(f.templates().fillFor(birthday, wang)).text.contains(QStringLiteral("王芳")));
}

TEST_CASE("A task that cannot be read gives no default template, not another one", "[messages]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    FollowUpTask task;
    task.customer = wang;
    task.dueOn = f.t.clock().today();
    task.purpose = TaskPurpose::Birthday;
    task.createdAt = f.t.clock().now();
    const TaskId birthday = FollowUpRepository(f.db()).insert(task);
    REQUIRE(readValue(f.templates().defaultForTask(birthday, MessageLanguage::Chinese))->purpose
        == TaskPurpose::Birthday);
    testing::dropTable(f.t.store(), QStringLiteral("follow_up_tasks"));
    CHECK_FALSE(f.templates().defaultForTask(birthday, MessageLanguage::Chinese).ok());
    CHECK(readValue(f.templates().defaultForTask(std::nullopt, MessageLanguage::Chinese)).has_value());
}

TEST_CASE("A message for a customer whose values cannot be read is not filled with blanks", "[messages]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    const MessageTemplate t = f.body(QStringLiteral("{name} {points}"));
    REQUIRE(readValue(f.templates().fillFor(t, wang)).missing.isEmpty());
    testing::dropTable(f.t.store(), QStringLiteral("points_ledger"));
    const ReadResult<FilledMessage> filled = f.templates().fillFor(t, wang);
    CHECK_FALSE(filled.ok());
    CHECK(filled.error.contains(QStringLiteral("points_ledger")));
    CHECK_FALSE(f.templates().valuesFor(t, wang).ok());
}

TEST_CASE("The customers of a Tiers page cell that cannot be read are a failed read", "[messages][sms]")
{
    Fixture f;
    f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    SmsExport exporter(f.t.store().database(), f.t.clock());
    LoyaltyFilter all;
    REQUIRE(readValue(exporter.customersOf(all)).size() == 1);
    testing::dropTable(f.t.store(), QStringLiteral("customer_scores"));
    const ReadResult<QList<CustomerId>> cell = exporter.customersOf(all);
    CHECK_FALSE(cell.ok());
    CHECK(cell.error.contains(QStringLiteral("customer_scores")));
}

TEST_CASE("The SMS export refuses a bad template and writes nothing", "[messages][sms]")
{
    Fixture f;
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    const ExportResult result = SmsExport(f.t.store().database(), f.t.clock())
                                    .write(file, {wang}, f.body(QStringLiteral("{nmae}")), nullptr);
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("{nmae}")));
    CHECK(file.data().isEmpty());
}

TEST_CASE("The SMS export reads 20 000 customers in chunks", "[messages][sms]")
{
    Fixture f;
    // Customers straight into the table: registering 20 000 through the service takes too long.
    sql::execute(f.db(), QStringLiteral("BEGIN"));
    QSqlQuery insert = sql::prepare(f.db(),
        QStringLiteral("INSERT INTO customers (name, phone, consent_marketing, created_at, updated_at) "
                       "VALUES (?, ?, ?, '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00')"));
    for (int i = 0; i < 20000; ++i) {
        sql::bind(insert, 0, QStringLiteral("顾客"));
        sql::bind(insert, 1, QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')));
        sql::bind(insert, 2, i % 2);
        sql::exec(insert);
    }
    sql::execute(f.db(), QStringLiteral("COMMIT"));
    QList<CustomerId> ids;
    QSqlQuery all = sql::run(f.db(), QStringLiteral("SELECT id FROM customers ORDER BY id DESC"));
    while (all.next())
        ids << all.value(0).toLongLong();
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    int lastDone = 0;
    QElapsedTimer timer;
    timer.start();
    const ExportResult result
        = SmsExport(f.t.store().database(), f.t.clock())
              .write(file, ids, f.body(QStringLiteral("{name}")), &summary, [&lastDone](int done, int) {
                  lastDone = done;
                  return true;
              });
    REQUIRE(result.ok());
    CHECK(timer.elapsed() < 5000); // about 170 ms on the build machine
    CHECK(summary.written == 10000);
    CHECK(summary.noConsent == 10000);
    CHECK(lastDone == 10000);
    // Newest first, as the ids were given.
    CHECK(linesOf(file.data()).at(1).startsWith(QStringLiteral("13900019999")));
}

TEST_CASE("Handover notes are unread for the others until they mark them read", "[messages][handover]")
{
    Fixture f;
    HandoverNotes &notes = f.t.store().handover();
    QSignalSpy changed(&notes, &HandoverNotes::notesChanged);
    const CustomerId wang = f.customer(QStringLiteral("王芳"), QStringLiteral("13812345678"));

    SECTION("an empty note is refused")
    {
        const HandoverResult result = notes.write(QStringLiteral("  \n "), {wang}, f.clerkA);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.message.isEmpty());
        CHECK(readValue(notes.recent(7)).isEmpty());
        CHECK(changed.isEmpty());
    }
    SECTION("a link to no customer stores nothing")
    {
        CHECK_FALSE(notes.write(QStringLiteral("看看这位"), {wang, 424242}, f.clerkA).ok());
        CHECK(readValue(notes.recent(7)).isEmpty());
    }
    SECTION("unread per member of staff, newest first")
    {
        REQUIRE(notes.write(QStringLiteral("王芳的裤子明天到"), {wang}, f.clerkA).ok());
        f.t.clock().set(f.t.clock().now().addSecs(3600));
        REQUIRE(notes.write(QStringLiteral("收银机找零不够"), {}, std::nullopt).ok());
        CHECK(changed.size() == 2);

        const QList<HandoverNote> forB = readValue(notes.unreadFor(f.clerkB));
        REQUIRE(forB.size() == 2);
        CHECK(forB.at(0).body == QStringLiteral("收银机找零不够"));
        CHECK_FALSE(forB.at(0).writtenBy);
        CHECK(forB.at(1).writerName == QStringLiteral("小王"));
        REQUIRE(forB.at(1).customers.size() == 1);
        CHECK(forB.at(1).customers.at(0).id == wang);
        CHECK(forB.at(1).customers.at(0).name == QStringLiteral("王芳"));

        // The writer does not get their own note.
        REQUIRE(readValue(notes.unreadFor(f.clerkA)).size() == 1);

        CHECK(notes.markRead({forB.at(0).id, forB.at(1).id}, f.clerkB).ok());
        CHECK(readValue(notes.unreadFor(f.clerkB)).isEmpty());
        CHECK(readValue(notes.unreadFor(f.clerkA)).size() == 1);
        // Marking again is harmless.
        CHECK(notes.markRead({forB.at(0).id}, f.clerkB).ok());
    }
    SECTION("only the last 7 days count")
    {
        REQUIRE(notes.write(QStringLiteral("老消息"), {}, f.clerkA).ok());
        f.t.clock().advanceDays(6);
        CHECK(readValue(notes.unreadFor(f.clerkB)).size() == 1);
        f.t.clock().advanceDays(1);
        f.t.clock().set(f.t.clock().now().addSecs(1));
        CHECK(readValue(notes.unreadFor(f.clerkB)).isEmpty());
        CHECK(readValue(notes.recent(8)).size() == 1);
        CHECK(readValue(notes.recent(7)).isEmpty());
    }
    SECTION("a failed read says so instead of showing no notes")
    {
        REQUIRE(notes.write(QStringLiteral("王芳的裤子明天到"), {wang}, f.clerkA).ok());
        atelier::testing::dropTable(f.t.store(), QStringLiteral("handover_reads"));
        const ReadResult<QList<HandoverNote>> unread = notes.unreadFor(f.clerkB);
        CHECK_FALSE(unread.ok());
        CHECK_FALSE(unread.error.isEmpty());
        atelier::testing::dropTable(f.t.store(), QStringLiteral("handover_note_customers"));
        const ReadResult<QList<HandoverNote>> recent = notes.recent(7);
        CHECK_FALSE(recent.ok());
        CHECK_FALSE(recent.error.isEmpty());
    }
}
