#include "gui_test_helpers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <utility>

namespace atelier::testing {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

struct ModalWatch::State
{
    std::function<void(QWidget *dialog)> action; // empty once run, expired or dropped
    QDeadlineTimer deadline;
    int timeoutMs = 0;
    bool ran = false;
    bool expired = false;
};

ModalWatch::ModalWatch(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

ModalWatch::~ModalWatch()
{
    if (m_state)
        m_state->action = nullptr;
}

bool ModalWatch::ran() const
{
    return m_state->ran;
}

bool ModalWatch::expired() const
{
    return m_state->expired;
}

namespace {

// Polls with a fresh single shot until the dialog is up; the app object is the timer's context. The
// dialog is looked for before the deadline: a test that was busy past the bound before its dialog
// opened has not missed it.
void pollForModal(const std::shared_ptr<ModalWatch::State> &state)
{
    QTimer::singleShot(10, qApp, [state]() {
        if (!state->action)
            return;
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            state->ran = true;
            std::exchange(state->action, nullptr)(dialog);
        } else if (state->deadline.hasExpired()) {
            state->expired = true;
            state->action = nullptr;
            qWarning("whenModalOpens: no modal dialog opened within %d ms; its action was dropped",
                state->timeoutMs);
        } else {
            pollForModal(state);
        }
    });
}

} // namespace

ModalWatch whenModalOpens(const std::function<void(QWidget *dialog)> &action, int timeoutMs)
{
    auto state = std::make_shared<ModalWatch::State>();
    state->action = action;
    state->deadline = QDeadlineTimer(timeoutMs);
    state->timeoutMs = timeoutMs;
    pollForModal(state);
    return ModalWatch(state);
}

void saveInDialog(QFileDialog *dialog, const QString &path)
{
    const QFileInfo target(path);
    dialog->setDirectory(target.absolutePath());
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(target.fileName());
    else
        dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
}

} // namespace atelier::testing
