#pragma once

#include "core/complaint.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ComplaintIntakeDialog;
}

namespace atelier {

class Store;

// Takes down a complaint at the counter for the customer shown (or for a caller not in the
// archive, with her name and phone if she gives them, by phone unless changed): channel, category,
// severity, product, what was said. The clerk at the counter is who took it. OK saves through
// ComplaintService; a refusal (an empty complaint, a malformed phone) is shown in the dialog, which
// stays open with nothing stored.
class ComplaintIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintIntakeDialog(Store &store, std::optional<CustomerId> customer, QWidget *parent = nullptr);
    ~ComplaintIntakeDialog() override;

    // The complaint saved, once OK succeeded.
    std::optional<ComplaintId> savedId() const { return m_saved; }

private:
    void save();

    std::unique_ptr<Ui::ComplaintIntakeDialog> m_ui;
    Store &m_store;
    std::optional<CustomerId> m_customer;
    std::optional<ComplaintId> m_saved;
};

} // namespace atelier
