#pragma once

#include "core/money.h"

#include <QDoubleSpinBox>

#include <cmath>

namespace atelier {

// A rulebook's amount in a spin box: the box shows yuan, the rules keep fen. Rounded once, to the
// cent the box displays. The loyalty and service rules editors both edit amounts this way.
inline Money moneyOf(const QDoubleSpinBox *box)
{
    return Money::fromFen(std::llround(box->value() * 100.0));
}

inline void setMoney(QDoubleSpinBox *box, Money money)
{
    box->setValue(double(money.fen()) / 100.0);
}

} // namespace atelier
