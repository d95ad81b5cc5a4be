#include "gui/calendar_page.h"

#include "services/store.h"

namespace atelier {

CalendarPage::CalendarPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
}

} // namespace atelier
