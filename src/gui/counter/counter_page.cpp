#include "gui/counter/counter_page.h"

#include "core/phone_number.h"

#include "gui/counter/counter_results_model.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/handover_note_dialog.h"
#include "gui/counter/handover_panel.h"
#include "gui/counter/lost_sale_dialog.h"
#include "gui/counter/register_dialog.h"
#include "gui/counter/return_dialog.h"
#include "gui/counter/sale_dialog.h"
#include "services/counter_search.h"
#include "services/store.h"
#include "ui_counter_page.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>

namespace atelier {

CounterPage::CounterPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CounterPage>())
    , m_store(store)
    , m_results(new CounterResultsModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_results);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->searchLineEdit->installEventFilter(this);
    m_ui->noticeLabel->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(noticeSeconds * 1000);
    connect(m_noticeTimer, &QTimer::timeout, m_ui->noticeLabel, &QWidget::hide);

    m_card = new CustomerCardWidget(store, m_ui->cardStack);
    m_ui->cardStack->addWidget(m_card);
    m_ui->cardStack->setCurrentWidget(m_ui->emptyCardLabel);
    m_handover = new HandoverPanel(store, this);
    m_ui->handoverLayout->addWidget(m_handover);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &CounterPage::search);
    connect(m_ui->resultsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_ui->resultsView->selectRow(index.row());
        openSelected();
    });
    connect(m_ui->resultsView, &QAbstractItemView::clicked, this,
        [this](const QModelIndex &index) { showCustomer(m_results->customerAt(index.row())); });
    connect(m_ui->newCustomerButton, &QPushButton::clicked, this, &CounterPage::registerCustomer);
    connect(m_ui->handoverNoteButton, &QPushButton::clicked, this, &CounterPage::writeHandoverNote);
    connect(m_ui->lostSaleButton, &QPushButton::clicked, this, &CounterPage::recordLostSale);
    connect(m_handover, &HandoverPanel::customerClicked, this, &CounterPage::showCustomer);
    connect(m_card, &CustomerCardWidget::recordSaleRequested, this, &CounterPage::recordSale);
    connect(m_card, &CustomerCardWidget::returnRequested, this, &CounterPage::recordReturn);
    connect(m_card, &CustomerCardWidget::editArchiveRequested, this, &CounterPage::editArchive);

    // The card's buttons keep their Alt mnemonics (Alt+S, Alt+R, Alt+A), which only work while a card is
    // shown; these work from the search box too. They press the card's button, so the card alone decides
    // what a customer offers (nothing to edit for an erased one).
    const QKeySequence sale(Qt::CTRL | Qt::Key_S);
    const QKeySequence giveBack(Qt::CTRL | Qt::Key_R);
    const QKeySequence edit(Qt::CTRL | Qt::Key_E);
    const QKeySequence newCustomer(Qt::CTRL | Qt::Key_N);
    const QKeySequence note(Qt::CTRL | Qt::Key_H);
    addShortcut(sale, [this]() { pressCardButton(QStringLiteral("recordSaleButton")); });
    addShortcut(giveBack, [this]() { pressCardButton(QStringLiteral("returnButton")); });
    addShortcut(edit, [this]() { pressCardButton(QStringLiteral("editArchiveButton")); });
    addShortcut(newCustomer, [this]() { m_ui->newCustomerButton->click(); });
    addShortcut(note, [this]() { m_ui->handoverNoteButton->click(); });
    auto keys = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    m_ui->hintLabel->setText(m_ui->hintLabel->text() + QLatin1Char('\n')
        + tr("%1 sale · %2 return · %3 edit archive · %4 new customer · %5 handover note")
              .arg(keys(sale), keys(giveBack), keys(edit), keys(newCustomer), keys(note)));
}

void CounterPage::addShortcut(const QKeySequence &keys, const std::function<void()> &run)
{
    auto *action = new QAction(this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    m_shortcuts << keys;
}

void CounterPage::pressCardButton(const QString &name)
{
    auto *button = m_card->findChild<QPushButton *>(name);
    if (shownCustomer() != 0 && button && button->isEnabled())
        button->click();
}

CounterPage::~CounterPage() = default;

void CounterPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->searchLineEdit->selectAll();
}

void CounterPage::showCustomer(CustomerId id)
{
    if (id == 0)
        return;
    m_card->setCustomer(id);
    m_ui->cardStack->setCurrentWidget(m_card);
}

CustomerId CounterPage::shownCustomer() const
{
    return m_ui->cardStack->currentWidget() == m_card ? m_card->customerId() : 0;
}

void CounterPage::reloadLoyalty()
{
    m_card->reloadLoyalty();
}

bool CounterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::ShortcutOverride) {
        // Left unaccepted, so the counter's shortcut wins should a desktop's key bindings give the same
        // keys to line editing.
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (const QKeySequence &keys : std::as_const(m_shortcuts))
            if (keys.matches(pressed) == QKeySequence::ExactMatch)
                return true;
    }
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // An Alt key reaching the box is a mnemonic no button took (Alt+S with no card shown): typed, it
        // would search for "s" and empty the list. AltGr, which types characters, comes as Ctrl+Alt on
        // Windows and is let through.
        if ((key->modifiers() & Qt::AltModifier) && !(key->modifiers() & Qt::ControlModifier))
            return true;
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openSelected();
            return true;
        case Qt::Key_Escape:
            m_ui->searchLineEdit->clear();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CounterPage::search(const QString &text)
{
    // CounterSearch answers in about a millisecond, so searching on every keystroke is fine.
    m_results->setMatches(
        text.trimmed().isEmpty() ? QList<CounterMatch>() : m_store.counterSearch().find(text),
        PhoneNumber::digitsOnly(text));
    m_pickedWithArrows = false;
    if (m_results->rowCount() > 0)
        m_ui->resultsView->selectRow(0);
}

void CounterPage::moveSelection(int delta)
{
    const int rows = m_results->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    m_ui->resultsView->selectRow(row);
    m_pickedWithArrows = true;
}

void CounterPage::openSelected()
{
    // A barcode scanner types the card's number and Enter: her card opens even when phones ending in
    // those digits are listed too (a card match is the first row), and the number stays selected so that
    // the next scan replaces it. A row picked with the arrows since is the clerk's choice.
    if (!m_pickedWithArrows && m_results->isCardMatch(0)) {
        showCustomer(m_results->customerAt(0));
        m_ui->searchLineEdit->selectAll();
        return;
    }
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    showCustomer(m_results->customerAt(row));
}

void CounterPage::registerCustomer()
{
    RegisterDialog dialog(m_store, this);
    // Digits typed into the search box before "new customer" are most likely the phone number.
    dialog.suggest(m_ui->searchLineEdit->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list must not go on pointing at someone else while the card shows her: the search runs
    // again (the digits typed before "new customer" now find her) and her row is chosen, or, when
    // the search does not find her, it is cleared.
    const CustomerId registered = dialog.customerId();
    search(m_ui->searchLineEdit->text());
    if (const int row = m_results->rowOf(registered); row >= 0)
        m_ui->resultsView->selectRow(row);
    else
        m_ui->searchLineEdit->clear();
    showCustomer(registered);
}

void CounterPage::showNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->show();
    m_noticeTimer->start();
}

void CounterPage::writeHandoverNote()
{
    HandoverNoteDialog dialog(m_store, shownCustomer(), this);
    if (dialog.exec() == QDialog::Accepted)
        showNotice(tr("Handover note saved for the next shift."));
}

void CounterPage::recordLostSale()
{
    LostSaleDialog dialog(m_store, shownCustomer(), this);
    if (dialog.exec() == QDialog::Accepted)
        showNotice(dialog.doneText());
}

void CounterPage::recordSale()
{
    SaleDialog dialog(m_store, m_card->customerId(), this);
    if (dialog.exec() == QDialog::Accepted)
        showNotice(dialog.doneText());
}

void CounterPage::recordReturn()
{
    ReturnDialog dialog(m_store, m_card->customerId(), this);
    if (dialog.exec() == QDialog::Accepted)
        showNotice(dialog.doneText());
}

void CounterPage::editArchive()
{
    CustomerEditorDialog dialog(m_store, m_card->customerId(), this);
    dialog.exec();
}

} // namespace atelier
