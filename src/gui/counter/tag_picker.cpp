#include "gui/counter/tag_picker.h"

#include "core/labels.h"
#include "services/customer_service.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <map>

namespace atelier {

namespace {
constexpr int tagIdRole = Qt::UserRole;
const QList<Tag::Category> categories = {Tag::Category::Style, Tag::Category::Size, Tag::Category::Scene,
    Tag::Category::Colour, Tag::Category::Material, Tag::Category::LifeStage, Tag::Category::Other};
} // namespace

TagPicker::TagPicker(CustomerService &customers, const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_customers(customers)
    , m_w(widgets)
{
    for (Tag::Category category : categories)
        m_w.newTagCategory->addItem(Labels::of(category), static_cast<int>(category));
    m_w.errorLabel->hide();
    connect(m_w.addButton, &QPushButton::clicked, this, &TagPicker::addTag);
    connect(m_w.newTagName, &QLineEdit::returnPressed, this, &TagPicker::addTag);
    connect(m_w.tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit changed();
    });
    reload({});
}

void TagPicker::setChecked(const QList<TagId> &ids)
{
    reload(ids);
}

QList<TagId> TagPicker::checked() const
{
    QList<TagId> ids;
    for (int i = 0; i < m_w.tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_w.tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->checkState(0) == Qt::Checked)
                ids << group->child(j)->data(0, tagIdRole).toLongLong();
        }
    }
    return ids;
}

void TagPicker::reload(const QList<TagId> &checkedIds)
{
    const QSignalBlocker blocker(m_w.tree);
    m_w.tree->clear();
    std::map<int, QTreeWidgetItem *> groups;
    const ReadResult<QList<Tag>> library = m_customers.tagLibrary();
    if (!library.ok()) {
        // Said in the tree, so that no customer's tags look removed.
        auto *item = new QTreeWidgetItem(m_w.tree, {tr("The tags could not be read: %1").arg(library.error)});
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const Tag &tag : library.value.value_or(QList<Tag>())) {
        QTreeWidgetItem *&group = groups[static_cast<int>(tag.category)];
        if (!group) {
            group = new QTreeWidgetItem(m_w.tree, {Labels::of(tag.category)});
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {tag.name});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(0, tagIdRole, tag.id);
        item->setCheckState(0, checkedIds.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_w.tree->expandAll();
}

void TagPicker::addTag()
{
    const auto category = static_cast<Tag::Category>(m_w.newTagCategory->currentData().toInt());
    const TagResult added = m_customers.addTag(m_w.newTagName->text(), category);
    m_w.errorLabel->setVisible(!added.ok());
    if (!added.ok()) {
        m_w.errorLabel->setText(added.error);
        return;
    }
    QList<TagId> ids = checked();
    if (!ids.contains(*added.id))
        ids << *added.id;
    reload(ids);
    m_w.newTagName->clear();
    emit changed();
}

} // namespace atelier
