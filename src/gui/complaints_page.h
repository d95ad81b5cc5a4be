#pragma once

#include <QWidget>

namespace atelier {

class Store;

// The complaints desk (skeleton: filled in by the complaints work).
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsPage(Store &store, QWidget *parent = nullptr);

private:
    Store &m_store;
};

} // namespace atelier
