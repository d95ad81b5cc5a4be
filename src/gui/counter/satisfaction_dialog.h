#pragma once

#include "core/satisfaction.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class SatisfactionDialog;
}

namespace atelier {

class Store;

// Takes down the satisfaction score (满意度, issue 24) a customer gives after a visit, a follow-up, a
// campaign or a complaint's call-back: 1 to 5 and a comment in her words. `draft` names the customer,
// the occasion and its row; Save records it through Store::satisfaction(), a refusal is shown and
// everything typed stays.
class SatisfactionDialog : public QDialog
{
    Q_OBJECT
public:
    SatisfactionDialog(Store &store, const SatisfactionScore &draft, QWidget *parent = nullptr);
    ~SatisfactionDialog() override;

    std::optional<SatisfactionScore> recorded() const { return m_recorded; }

    // The scores a list offers, best first, each with its words ("5 – very happy" … "1 – very unhappy");
    // with `none`, a first "No score" item whose data is 0. Shared with the task-done dialog.
    static void fillScores(QComboBox *combo, bool none);
    // What the dialog says it is about: "After her visit today", "After the follow-up"…
    static QString introText(SatisfactionOccasion occasion);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::SatisfactionDialog> m_ui;
    Store &m_store;
    SatisfactionScore m_draft;
    std::optional<SatisfactionScore> m_recorded;
};

} // namespace atelier
