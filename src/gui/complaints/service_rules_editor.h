#pragma once

#include "core/service_rules.h"

#include "gui/common/refused_field_mark.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ServiceRulesEditor;
}

namespace atelier {

class Store;

// The Settings tab for the service rulebook: response targets per complaint channel, opening hours,
// and how the follow-up calendar plans (call-back delay, quiet period, birthday lookahead, wake-up
// lead), the seed's coupons after a return and after a complaint (money in yuan with two decimals),
// the nightly run's first-time buyers, thank-you and Dormant messages, the VIP contact cap, and the
// holiday and life-event lead days, and the privacy policy for a birthday or address on file without
// the customer's consent (keep and flag, or clear). Save checks the whole rulebook; a refusal names the
// field and marks its caption.
class ServiceRulesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceRulesEditor(Store &store, QWidget *parent = nullptr);
    ~ServiceRulesEditor() override;

    void setRules(const ServiceRules &rules);
    ServiceRules rules() const;
    // True when saved; otherwise the refusal is shown and its field marked.
    bool save();
    QString message() const;
    // Marks the field a refusal names (its settings key, e.g. "hours.closes_at"); empty clears.
    void markProblem(const QString &field);

private:
    QWidget *fieldFor(const QString &key) const;
    // A coupon's value, minimum spend and days are editable only while it is issued.
    void showCouponsOn();

    std::unique_ptr<Ui::ServiceRulesEditor> m_ui;
    Store &m_store;
    RefusedFieldMark m_mark;
};

} // namespace atelier
