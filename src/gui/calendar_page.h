#pragma once

#include <QWidget>

namespace atelier {

class Store;

// The follow-up calendar (skeleton: filled in by the follow-up work).
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(Store &store, QWidget *parent = nullptr);

private:
    Store &m_store;
};

} // namespace atelier
