#include "gui/complaints_page.h"

#include "services/store.h"

namespace atelier {

ComplaintsPage::ComplaintsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
}

} // namespace atelier
