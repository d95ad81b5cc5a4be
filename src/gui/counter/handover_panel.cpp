#include "gui/counter/handover_panel.h"

#include "services/counter_shift.h"
#include "services/handover_notes.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

HandoverPanel::HandoverPanel(Store &store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("handoverPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#handoverPanel { background: #fff8e1; }"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Notes from the last shifts"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *markRead = new QPushButton(tr("&Mark as read"), this);
    markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markReadButton = markRead;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(markRead);
    layout->addLayout(header);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("handoverErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_notesArea = new QWidget(this);
    m_notesLayout = new QVBoxLayout(m_notesArea);
    m_notesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notesArea);

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
    // A failed read is said, not hidden: the clerk may have notes waiting.
    m_errorLabel->setText(unread.ok()
            ? QString()
            : tr("The notes from the last shifts could not be read: %1").arg(unread.error));
    m_errorLabel->setVisible(!unread.ok());
    m_markReadButton->setVisible(unread.ok());
    setVisible(!unread.ok() || !m_notes.isEmpty());
}

QWidget *HandoverPanel::noteWidget(const HandoverNote &note)
{
    auto *row = new QWidget(m_notesArea);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString writer = note.writerName.isEmpty() ? tr("no clerk at the counter") : note.writerName;
    auto *text
        //: a handover note: when, who wrote it, the note
        = new QLabel(
            tr("%1 · %2: %3").arg(note.writtenAt.toString(QStringLiteral("MM-dd HH:mm")), writer, note.body),
            row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text, 1);
    for (const LinkedCustomer &customer : note.customers) {
        auto *button = new QPushButton(customer.name, row);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("color: #1f5fa8; text-decoration: underline;"));
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
