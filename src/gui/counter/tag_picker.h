#pragma once

#include "core/customer.h"

#include <QObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace atelier {

class CustomerService;

// Drives the editor's tag tab: the store's tag library grouped by category with a check box per
// tag, and the "add tag" row that grows the library.
class TagPicker : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QTreeWidget *tree;
        QLineEdit *newTagName;
        QComboBox *newTagCategory;
        QPushButton *addButton;
        QLabel *errorLabel;
    };
    TagPicker(CustomerService &customers, const Widgets &widgets, QObject *parent = nullptr);

    void setChecked(const QList<TagId> &ids);
    QList<TagId> checked() const;

signals:
    void changed();

private:
    void reload(const QList<TagId> &checkedIds);
    void addTag();

    CustomerService &m_customers;
    Widgets m_w;
};

} // namespace atelier
