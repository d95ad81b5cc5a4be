#pragma once

#include "core/tier_benefit.h"
#include "gui/common/refused_field_mark.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class BenefitsEditor;
}

namespace atelier {

class Store;

// The manager's editor of tier benefits (issue 22), a tab of the Tiers page: the list of what each
// tier promises, and a form for one benefit (tier, kind, words in both languages, how often, and the
// coupon template of a coupon benefit). Saves one benefit at a time through BenefitService, which
// checks it and the manager's permission; a refusal names its field, marked in the form. Removing a
// benefit that has uses retires it.
class BenefitsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BenefitsEditor(Store &store, QWidget *parent = nullptr);
    ~BenefitsEditor() override;

public slots:
    void reload();

private:
    void fillCombos();
    void showSelected();
    void showBenefit(const TierBenefit &benefit);
    TierBenefit collect() const;
    void showCouponFields();
    void startNew();
    void save();
    void remove();
    QWidget *fieldFor(const QString &field) const;

    std::unique_ptr<Ui::BenefitsEditor> m_ui;
    Store &m_store;
    QList<TierBenefit> m_benefits; // as listed, row by row
    BenefitId m_editing = 0; // 0: a new benefit
    RefusedFieldMark m_mark;
};

} // namespace atelier
