#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace atelier {

class BatchWrite;
class RawStatement;

// The demo store's reads of the occasions a customer gives a satisfaction score on, and the bulk write of
// the scores (DemoSatisfaction, issue 24), on raw statements and a BatchWrite: the 100 000-customer demo has
// half a million sales. The caller holds the transaction.
class DemoSatisfactionRows
{
public:
    explicit DemoSatisfactionRows(QSqlDatabase db);
    ~DemoSatisfactionRows();
    DemoSatisfactionRows(const DemoSatisfactionRows &) = delete;
    DemoSatisfactionRows &operator=(const DemoSatisfactionRows &) = delete;

    // One occasion: its row, whose, about which clerk and its day (YYYY-MM-DD); for a complaint, the score
    // of its call-back.
    struct Occasion
    {
        qint64 id = 0;
        qint64 customer = 0;
        std::optional<qint64> staff;
        QString day;
        int score = 0;
    };
    using Visit = std::function<void(const Occasion &)>;
    // Sales to a customer, oldest first; sales without a customer are no visit of hers.
    void forEachSale(const Visit &visit);
    // Follow-ups done with her reached (or a visit booked, a purchase), by who did them.
    void forEachFollowUpReached(const Visit &visit);
    // Campaign invitations she came to (her coming's day), about no clerk.
    void forEachAttendance(const Visit &visit);
    // Complaints called back with a score, about the responsible person (else who took it).
    void forEachCallback(const Visit &visit);

    // A score; on a server it is written by finish(), with all the others in one set-based write. A
    // survey's score (its import key set) that is there already is left out.
    void insert(qint64 customer, const QString &day, int score, const QString &comment,
        const QString &occasion, std::optional<qint64> link, std::optional<qint64> staff,
        const QString &recordedAt, const QString &importKey);
    void finish();

private:
    void each(RawStatement &statement, const Visit &visit, bool withScore);

    QSqlDatabase m_db;
    std::unique_ptr<BatchWrite> m_scores;
};

} // namespace atelier
