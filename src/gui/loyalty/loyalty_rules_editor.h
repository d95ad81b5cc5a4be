#pragma once

#include "core/loyalty_rules.h"
#include "core/rfm.h"

#include "gui/common/refused_field_mark.h"

#include <QWidget>

#include <QDate>

#include <memory>
#include <optional>

namespace Ui {
class LoyaltyRulesEditor;
}

namespace atelier {

// A form for every field of the loyalty rulebook: segments, tiers, points and the nightly hour.
// Money in yuan with two decimals, point multipliers as factors (2.00× = 200 %). It only edits
// values; the Tiers page checks and saves them.
class LoyaltyRulesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LoyaltyRulesEditor(QWidget *parent = nullptr);
    ~LoyaltyRulesEditor() override;

    void setRules(const LoyaltyRules &rules);
    LoyaltyRules rules() const;

    // Beside Potential's band: the automatic band as the nightly run of `asOf` measured it ("this
    // store now"); no band: not measured yet, or nobody bought recently. `error`: it could not be read.
    void setMeasuredBand(const std::optional<SpendBand> &band, const QDate &asOf, const QString &error = {});

    // Marks the field a refusal names (its settings key, e.g. "tiers.gold") and moves the focus
    // there; an empty key clears the mark.
    void markProblem(const QString &field);

signals:
    // The user changed a value.
    void edited();

private:
    QWidget *fieldFor(const QString &key) const;
    void showBandMode();

    std::unique_ptr<Ui::LoyaltyRulesEditor> m_ui;
    RefusedFieldMark m_mark;
};

} // namespace atelier
