#pragma once

#include "core/customer.h"
#include "core/handover_note.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace atelier {

class Store;

// The notes the last shifts left for the clerk at the counter (交接班): shown at the top of the
// counter page while that clerk has unread ones, each with its time, writer and the customers it
// is about; when they cannot be read, it says so instead. "Mark as read" marks every shown note read for the
// clerk and hides the panel. It reads again when a shift begins and whenever notes change.
class HandoverPanel : public QFrame
{
    Q_OBJECT
public:
    explicit HandoverPanel(Store &store, QWidget *parent = nullptr);

    const QList<HandoverNote> &shownNotes() const { return m_notes; }
    void refresh();
    void markAllRead();

signals:
    void customerClicked(atelier::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int notesShown = 3; // lines of notes before they scroll
    QWidget *noteWidget(const HandoverNote &note);
    void fitNotes();

    Store &m_store;
    QList<HandoverNote> m_notes;
    QVBoxLayout *m_notesLayout = nullptr;
    QWidget *m_notesArea = nullptr;
    QScrollArea *m_notesScroll = nullptr;
    QLabel *m_errorLabel = nullptr; // the notes could not be read
    QPushButton *m_markReadButton = nullptr;
};

} // namespace atelier
