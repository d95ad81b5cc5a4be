#include "services/demo_satisfaction.h"

#include "core/satisfaction.h"
#include "services/demo_random.h"
#include "services/survey_import.h"
#include "storage/database.h"
#include "storage/demo_satisfaction_rows.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <array>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

using Occasion = DemoSatisfactionRows::Occasion;

// Weights of the scores 1..5.
constexpr int usual[] = {2, 4, 13, 36, 45};
constexpr int afterComplaint[] = {9, 14, 27, 30, 20};
constexpr int followUp[] = {1, 3, 14, 40, 42};
constexpr int campaign[] = {1, 2, 10, 37, 50};
constexpr int survey[] = {3, 6, 18, 38, 35};

// What customers write, by score; most leave no comment.
QString commentFor(int score, DemoRandom &random)
{
    static const std::array<QStringList, 5> comments{{
        {QStringLiteral("等了很久没人理"), QStringLiteral("退换货太麻烦"), QStringLiteral("质量不好")},
        {QStringLiteral("尺码不全"), QStringLiteral("价格偏贵"), QStringLiteral("店员不太耐心")},
        {QStringLiteral("还可以"), QStringLiteral("款式一般"), QStringLiteral("试衣间有点挤")},
        {QStringLiteral("店员很热情"), QStringLiteral("衣服好看"), QStringLiteral("搭配建议很好")},
        {QStringLiteral("非常满意"), QStringLiteral("试衣很耐心，会再来"), QStringLiteral("新款很喜欢"),
            QStringLiteral("服务一流")},
    }};
    if (!random.chance(score <= 2 ? 700 : 300))
        return QString();
    return random.pick(comments.at(std::size_t(score - 1)));
}

int draw(const int (&weights)[5], DemoRandom &random)
{
    return 1 + random.weighted(weights, 5);
}

QString recordedAt(const QString &day)
{
    return day + QStringLiteral("T18:00:00+08:00");
}

} // namespace

int DemoSatisfaction::generate(Database &db, const QDate &lastDay, std::uint64_t seed)
{
    QElapsedTimer timer;
    timer.start();
    DemoRandom random(seed ^ 0x5a71'5fac'7105'0000ULL);
    Transaction transaction(db.connection());
    DemoSatisfactionRows rows(db.connection());
    int written = 0;
    const auto write
        = [&](const Occasion &o, int score, SatisfactionOccasion occasion, std::optional<qint64> link) {
              rows.insert(o.customer, o.day, score, commentFor(score, random),
                  satisfactionOccasionCode(occasion), link, o.staff, recordedAt(o.day), QString());
              ++written;
          };

    // Call-backs first: a customer's visits after her complaint score lower.
    QHash<qint64, QString> complainedOn; // customer -> the day of her first call-back
    rows.forEachCallback([&](const Occasion &o) {
        if (!complainedOn.contains(o.customer))
            complainedOn.insert(o.customer, o.day);
        write(o, o.score, SatisfactionOccasion::Complaint, o.id);
    });

    // Three surveys, a quarter's buyers each; the clerk of her last sale by the survey day.
    struct Survey
    {
        QString day;
        QString from; // the quarter before
        QHash<qint64, std::optional<qint64>> buyers; // customer -> clerk of her last sale by the day
        QHash<qint64, QString> lastSale;
    };
    std::array<Survey, 3> surveys;
    for (std::size_t i = 0; i < surveys.size(); ++i) {
        const QDate day = lastDay.addDays(-20 - 180 * qint64(i));
        surveys[i].day = day.toString(Qt::ISODate);
        surveys[i].from = day.addDays(-90).toString(Qt::ISODate);
    }
    rows.forEachSale([&](const Occasion &o) {
        for (Survey &s : surveys) {
            if (o.day > s.day || o.day < s.from)
                continue;
            auto last = s.lastSale.find(o.customer);
            if (last == s.lastSale.end() || *last <= o.day) {
                s.lastSale.insert(o.customer, o.day);
                s.buyers.insert(o.customer, o.staff);
            }
        }
        if (!random.chance(83)) // about one visit in twelve
            return;
        const auto complained = complainedOn.constFind(o.customer);
        const bool after = complained != complainedOn.cend() && *complained <= o.day;
        write(o, draw(after ? afterComplaint : usual, random), SatisfactionOccasion::Visit, o.id);
    });
    rows.forEachFollowUpReached([&](const Occasion &o) {
        if (random.chance(200))
            write(o, draw(followUp, random), SatisfactionOccasion::FollowUp, o.id);
    });
    rows.forEachAttendance([&](const Occasion &o) {
        if (random.chance(250))
            write(o, draw(campaign, random), SatisfactionOccasion::Campaign, o.id);
    });
    for (const Survey &s : surveys) {
        QList<qint64> customers = s.buyers.keys();
        std::sort(customers.begin(), customers.end()); // the hash's order is not the seed's
        for (const qint64 customer : std::as_const(customers)) {
            if (!random.chance(60)) // a few per cent answer
                continue;
            const int score = draw(survey, random);
            const QString comment = commentFor(score, random);
            const QDate day = QDate::fromString(s.day, Qt::ISODate);
            rows.insert(customer, s.day, score, comment,
                satisfactionOccasionCode(SatisfactionOccasion::Survey), std::nullopt,
                s.buyers.value(customer), recordedAt(day.addDays(3).toString(Qt::ISODate)),
                SurveyImport::importKey(customer, day, score, comment));
            ++written;
        }
    }
    rows.finish();
    transaction.commit();
    spdlog::info("demo store: {} satisfaction scores in {} ms", written, timer.elapsed());
    return written;
}

} // namespace atelier
