#include "gui/common/refused_field_mark.h"

namespace atelier {

void RefusedFieldMark::mark(QWidget *form, QWidget *field)
{
    if (m_caption)
        m_caption->setStyleSheet(QString());
    m_caption = nullptr;
    if (!field)
        return;
    for (QLabel *label : form->findChildren<QLabel *>())
        if (label->buddy() == field)
            m_caption = label;
    if (m_caption)
        m_caption->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    field->setFocus(Qt::OtherFocusReason);
}

} // namespace atelier
