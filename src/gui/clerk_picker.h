#pragma once

#include <QWidget>

class QComboBox;

namespace atelier {

class Store;

// "At the counter: [name]" in the status bar. Choosing a clerk begins their shift (store.shift()),
// which is whose tasks "mine" shows, who takes a complaint and who reads the handover notes.
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
};

} // namespace atelier
