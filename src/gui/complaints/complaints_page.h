#pragma once

#include "core/complaint.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ComplaintsPage;
}

class QPushButton;
class QStringListModel;
class QTimer;

namespace atelier {

class ComplaintAnalysisWidget;
class ComplaintsModel;
class Store;

// The complaints desk. The list shows the open complaints most urgent first with the time left on
// each one's current deadline (overdue ones in red), or all complaints newest first; it refreshes
// every 30 seconds and whenever a complaint changes anywhere in the app. The panel beside it shows
// the selected complaint, its history, and a button for each step it may take next; for a caller
// not in the archive, who she is (her phone masked for a clerk) and an offer to register her. The Analysis
// tab is the manager's look back (ComplaintAnalysisWidget).
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsPage(Store &store, QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    ComplaintsModel *model() const { return m_model; }
    std::optional<ComplaintId> selectedId() const;
    void select(ComplaintId id);

public slots:
    void reload();

private:
    void showSelected();
    void openStep(ComplaintState to);
    void logCallerComplaint();
    void registerCaller();

    std::unique_ptr<Ui::ComplaintsPage> m_ui;
    Store &m_store;
    ComplaintsModel *m_model = nullptr;
    QStringListModel *m_history = nullptr;
    ComplaintAnalysisWidget *m_analysis = nullptr;
    QTimer *m_clockTimer = nullptr;
    QList<QPushButton *> m_stepButtons;
};

} // namespace atelier
