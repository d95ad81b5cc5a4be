#pragma once

#include <QComboBox>
#include <QStandardItemModel>
#include <QString>

namespace atelier {

// A picker whose choices could not be read says so as its last entry, which cannot be chosen: the
// choices it still offers are not all there are.
inline void addUnreadableItem(QComboBox *combo, const QString &sentence)
{
    combo->addItem(sentence);
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->item(combo->count() - 1)->setEnabled(false);
    combo->setToolTip(sentence);
}

} // namespace atelier
