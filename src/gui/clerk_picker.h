#pragma once

#include "core/customer.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QComboBox;

namespace atelier {

class Store;

// "At the counter: [name]" in the status bar. Choosing a clerk asks for their PIN and begins their
// shift (store.shift()): whose sales these are, whose tasks "mine" shows, who takes a complaint and
// who reads the handover notes. Staff without a PIN are shown but cannot be chosen.
class ClerkPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ClerkPicker(Store &store, QWidget *parent = nullptr);

private:
    void choose(int index);
    void fill();
    void showShift();

    Store &m_store;
    QComboBox *m_combo = nullptr;
    QHash<StaffId, QString> m_names; // the combo's texts carry "(no PIN yet)"
};

} // namespace atelier
