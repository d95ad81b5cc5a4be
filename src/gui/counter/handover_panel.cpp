#include "gui/counter/handover_panel.h"

#include "core/display_format.h"
#include "services/counter_shift.h"
#include "services/handover_notes.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace atelier {

HandoverPanel::HandoverPanel(Store &store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("handoverPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#handoverPanel { background: #fff8e1; }"));
    // Compact, as it stands above the card: the title and the notes in one column, Mark as read beside
    // them, and at most a few notes' height (the rest scrolls), so the card keeps room for its purchases.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    auto *title = new QLabel(tr("Notes from the last shifts"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    column->addWidget(title);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("handoverErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    column->addWidget(m_errorLabel);
    m_notesArea = new QWidget(this);
    m_notesLayout = new QVBoxLayout(m_notesArea);
    m_notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notesLayout->setSpacing(2);
    m_notesScroll = new QScrollArea(this);
    m_notesScroll->setFrameShape(QFrame::NoFrame);
    m_notesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notesScroll->setWidgetResizable(true);
    m_notesScroll->setWidget(m_notesArea);
    m_notesScroll->viewport()->installEventFilter(this);
    m_notesScroll->viewport()->setAutoFillBackground(false);
    m_notesArea->setAutoFillBackground(false);
    column->addWidget(m_notesScroll);
    layout->addLayout(column, 1);
    auto *markRead = new QPushButton(tr("&Mark as read"), this);
    markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markReadButton = markRead;
    layout->addWidget(markRead, 0, Qt::AlignTop);

    connect(markRead, &QPushButton::clicked, this, &HandoverPanel::markAllRead);
    connect(&store.shift(), &CounterShift::changed, this, &HandoverPanel::refresh);
    connect(&store.handover(), &HandoverNotes::notesChanged, this, &HandoverPanel::refresh);
    refresh();
}

void HandoverPanel::refresh()
{
    const std::optional<StaffId> clerk = m_store.shift().clerkId();
    const ReadResult<QList<HandoverNote>> unread = clerk
        ? m_store.handover().unreadFor(*clerk)
        : ReadResult<QList<HandoverNote>>{QList<HandoverNote>(), {}};
    m_notes = unread.value.value_or(QList<HandoverNote>());
    while (QLayoutItem *item = m_notesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const HandoverNote &note : std::as_const(m_notes))
        m_notesLayout->addWidget(noteWidget(note));
    m_notesScroll->setVisible(!m_notes.isEmpty());
    fitNotes();
    // A failed read is said, not hidden: the clerk may have notes waiting.
    m_errorLabel->setText(unread.ok()
            ? QString()
            : tr("The notes from the last shifts could not be read: %1").arg(unread.error));
    m_errorLabel->setVisible(!unread.ok());
    m_markReadButton->setVisible(unread.ok());
    setVisible(!unread.ok() || !m_notes.isEmpty());
}

void HandoverPanel::fitNotes()
{
    // As tall as the notes, up to notesShown of one line each; more scroll.
    const int width = m_notesScroll->viewport()->width();
    const int wanted = m_notesArea->hasHeightForWidth() && width > 0 ? m_notesArea->heightForWidth(width)
                                                                     : m_notesArea->sizeHint().height();
    const int line = fontMetrics().lineSpacing() + 4;
    m_notesScroll->setFixedHeight(qMin(wanted, notesShown * line));
}

bool HandoverPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped notes take as many lines as the width they are given.
    if (watched == m_notesScroll->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->size().width()
            != static_cast<QResizeEvent *>(event)->oldSize().width())
        fitNotes();
    return QFrame::eventFilter(watched, event);
}

QWidget *HandoverPanel::noteWidget(const HandoverNote &note)
{
    auto *row = new QWidget(m_notesArea);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString writer = note.writerName.isEmpty() ? tr("no clerk at the counter") : note.writerName;
    auto *text
        //: a handover note: when, who wrote it, the note
        = new QLabel(tr("%1 · %2: %3").arg(DisplayFormat::dateTime(note.writtenAt), writer, note.body), row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text, 1);
    for (const LinkedCustomer &customer : note.customers) {
        auto *button = new QPushButton(customer.name, row);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        // A link, no taller than the note's line.
        button->setStyleSheet(
            QStringLiteral("color: #1f5fa8; text-decoration: underline; border: none; padding: 0 4px;"));
        button->setToolTip(tr("Show %1 on the card").arg(customer.name));
        const CustomerId id = customer.id;
        connect(button, &QPushButton::clicked, this, [this, id]() { emit customerClicked(id); });
        layout->addWidget(button);
    }
    return row;
}

void HandoverPanel::markAllRead()
{
    const std::optional<StaffId> clerk = m_store.shift().clerkId();
    if (!clerk || m_notes.isEmpty())
        return;
    QList<HandoverNoteId> ids;
    for (const HandoverNote &note : std::as_const(m_notes))
        ids << note.id;
    // notesChanged reads again, which hides the panel.
    const WriteResult marked = m_store.handover().markRead(ids, *clerk);
    if (!marked.ok())
        QMessageBox::warning(this, tr("Notes not marked"), marked.error);
}

} // namespace atelier
