#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace atelier::testing {

// Finds a child widget by object name and type; nullptr when there is none.
template <typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Types like a clerk: ASCII as key clicks, Chinese as an input method commit (how pinyin IMEs
// deliver it; QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text);

// Runs the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

// What became of a whenModalOpens(). A test REQUIREs ran() once the dialog should have come: a dialog
// that never came is then a failure of that test, not a poll that outlives it and answers some later
// test's dialog with references to variables long gone. Destroying the watch drops a pending action.
class ModalWatch
{
public:
    struct State;
    explicit ModalWatch(std::shared_ptr<State> state);
    ModalWatch(ModalWatch &&) noexcept = default;
    ModalWatch &operator=(ModalWatch &&) noexcept = default;
    ~ModalWatch();

    // The action was given a modal dialog.
    bool ran() const;
    // No modal dialog opened within the bound: the action was dropped (and a warning logged).
    bool expired() const;

private:
    std::shared_ptr<State> m_state;
};

// Runs `action` on the next modal dialog once it is open (modal exec() blocks the test otherwise);
// gives up when the event loop turns for `timeoutMs` without one.
[[nodiscard]] ModalWatch whenModalOpens(
    const std::function<void(QWidget *dialog)> &action, int timeoutMs = 10000);

// Types `path` into an open save dialog and accepts it, as a clerk would. The name goes straight
// into the dialog's name field: selectFile() waits for the folder to be read, which a loaded
// machine may not have done yet.
void saveInDialog(QFileDialog *dialog, const QString &path);

} // namespace atelier::testing
