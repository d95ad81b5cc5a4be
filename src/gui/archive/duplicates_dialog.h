#pragma once

#include "services/background_runner.h"
#include "services/customer_merge.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace atelier {

class Store;

// The manager's "Find duplicates…": pairs of customers who look like one person and why, the two
// side by side with the merged record, a choice of who is kept, Merge (after a confirmation), and the
// recent merges with Undo. The suggestions are looked for on a worker (BackgroundRunner) with its own
// connection: on a 100 000-customer store they take longer than a window may freeze.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Store &store, QWidget *parent = nullptr);

    // Looks for the pairs again (in the background); `suggestionsReady` follows.
    void findSuggestions();
    bool isSearching() const { return m_search.isRunning(); }
    int pairCount() const { return static_cast<int>(m_pairs.size()); }

signals:
    void suggestionsReady();

private:
    void showSuggestions(const SuggestionsResult &result);
    void showPreview();
    void mergeChosen();
    void undoChosen();
    void fillRecent();
    // The chosen pair as (kept, merged away); zeros when no pair is chosen.
    std::pair<CustomerId, CustomerId> chosen() const;

    Store &m_store;
    QList<DuplicateSuggestion> m_pairs;
    QList<MergeSummary> m_recent;
    BackgroundRunner m_search;
    QLabel *m_status = nullptr;
    QTableWidget *m_pairsTable = nullptr;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QTableWidget *m_preview = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QTableWidget *m_recentTable = nullptr;
    QLabel *m_recentError = nullptr;
    QPushButton *m_undoButton = nullptr;
};

} // namespace atelier
