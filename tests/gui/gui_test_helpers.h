#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QString>
#include <QWidget>

#include <functional>

namespace atelier::testing {

// Finds a child widget by object name and type; nullptr when there is none.
template <typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Types like a clerk: ASCII as key clicks, Chinese as an input method commit (how pinyin IMEs
// deliver it; QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text);

// Polls the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

// Runs `action` on the next modal dialog once it is open (modal exec() blocks the test otherwise).
void whenModalOpens(const std::function<void(QWidget *dialog)> &action);

// Types `path` into an open save dialog and accepts it, as a clerk would. The name goes straight
// into the dialog's name field: selectFile() waits for the folder to be read, which a loaded
// machine may not have done yet.
void saveInDialog(QFileDialog *dialog, const QString &path);

} // namespace atelier::testing
