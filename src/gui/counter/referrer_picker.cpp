#include "gui/counter/referrer_picker.h"

#include "services/counter_search.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace atelier {

ReferrerPicker::ReferrerPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("referrerSearchEdit"));
    m_search->setPlaceholderText(tr("Find who referred her: phone digits, name or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("referrerResultsList"));
    m_results->setMaximumHeight(5 * (fontMetrics().height() + 6) + 4);
    m_results->hide();
    auto *chosenRow = new QHBoxLayout;
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("referrerChosenLabel"));
    m_chosenLabel->setTextFormat(Qt::PlainText);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("referrerClearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Nobody referred her"));
    chosenRow->addWidget(m_chosenLabel, 1);
    chosenRow->addWidget(m_clearButton);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addLayout(chosenRow);
    showChosen(QString());

    connect(m_search, &QLineEdit::textEdited, this, &ReferrerPicker::search);
    connect(m_results, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    connect(m_clearButton, &QToolButton::clicked, this, &ReferrerPicker::clear);
    m_search->installEventFilter(this);
    setFocusProxy(m_search);
}

void ReferrerPicker::setStore(Store &store)
{
    m_store = &store;
}

void ReferrerPicker::setReferrer(std::optional<CustomerId> id, const QString &name)
{
    m_referrer = id;
    showChosen(id ? name : QString());
}

bool ReferrerPicker::eventFilter(QObject *watched, QEvent *event)
{
    // From the search line: Down goes into the matches, Enter takes the first one (and does not press
    // the dialog's default button while matches are shown).
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()
        && m_results->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_results->setFocus(Qt::TabFocusReason);
            m_results->setCurrentRow(0);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReferrerPicker::search(const QString &text)
{
    m_results->clear();
    const QString query = text.trimmed();
    if (query.isEmpty() || !m_store) {
        m_results->hide();
        return;
    }
    for (const CounterMatch &match : m_store->counterSearch().find(query, matchesShown + 1)) {
        if (match.customer.id == m_self || m_results->count() >= matchesShown)
            continue;
        const QString tail = match.customer.phoneDigits.right(4);
        auto *item = new QListWidgetItem(
            tail.isEmpty() ? match.customer.name : tr("%1 (…%2)").arg(match.customer.name, tail), m_results);
        item->setData(Qt::UserRole, qlonglong(match.customer.id));
        item->setData(Qt::UserRole + 1, match.customer.name);
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("No customer found."), m_results);
    m_results->show();
}

void ReferrerPicker::choose(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    m_referrer = item->data(Qt::UserRole).toLongLong();
    showChosen(item->data(Qt::UserRole + 1).toString());
    m_results->clear();
    m_results->hide();
    m_search->clear();
    m_search->setFocus(Qt::OtherFocusReason);
    emit chosen(m_referrer);
}

void ReferrerPicker::clear()
{
    m_referrer.reset();
    showChosen(QString());
    m_search->setFocus(Qt::OtherFocusReason);
    emit chosen(std::nullopt);
}

void ReferrerPicker::showChosen(const QString &name)
{
    m_chosenLabel->setText(m_referrer ? tr("Referred by %1").arg(name) : QString());
    m_chosenLabel->setVisible(m_referrer.has_value());
    m_clearButton->setVisible(m_referrer.has_value());
}

} // namespace atelier
