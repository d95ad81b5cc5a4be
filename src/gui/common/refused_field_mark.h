#pragma once

#include <QLabel>
#include <QPointer>

namespace atelier {

// The caption of the field a rulebook refused, red and bold until the next refusal, with the
// cursor put in the field. Shared by the loyalty and the service rules editors.
class RefusedFieldMark
{
public:
    // Marks the label in `form` whose buddy is `field` and clears the previous mark; a null field
    // only clears.
    void mark(QWidget *form, QWidget *field);

private:
    QPointer<QLabel> m_caption;
};

} // namespace atelier
