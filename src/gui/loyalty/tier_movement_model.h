#pragma once

#include "core/loyalty_query.h"
#include "gui/common/keyset_paged_model.h"

namespace atelier {

class LoyaltyReport;

// The tier changes of one nightly run (who went up, who went down, and why), highest spend first,
// lazily in pages of 200: a first run can move most of the store at once.
class TierMovementModel : public KeysetPagedTable<TierMovementRow>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        ChangeColumn,
        SpendColumn,
        ReasonColumn,
        ColumnCount
    };
    explicit TierMovementModel(LoyaltyReport &report, QObject *parent = nullptr);

    // runId 0: nothing to show.
    void setRun(qint64 runId, MovementDirection direction);
    qint64 runId() const { return m_runId; }
    CustomerId customerAt(int row) const;

    // "Reached the Gold threshold (¥3,000.00)", in the UI language.
    static QString reasonText(const TierChange &change);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasList() const override { return m_runId != 0; }
    ReadResult<int> readTotal() override;
    ReadResult<KeysetPage<TierMovementRow>> readPage(
        const std::optional<PageCursor> &after, int limit) override;

    LoyaltyReport &m_report;
    qint64 m_runId = 0;
    MovementDirection m_direction = MovementDirection::Any;
};

} // namespace atelier
