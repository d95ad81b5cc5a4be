#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QTest>

using namespace atelier::testing;

namespace {

// Opens a modal dialog that a watch of its own rejects; returns what exec() answered (Accepted when
// some other action got to it first).
int execRejected()
{
    QDialog dialog;
    const ModalWatch rejecter
        = whenModalOpens([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
    const int answer = dialog.exec();
    REQUIRE(rejecter.ran());
    return answer;
}

} // namespace

TEST_CASE("whenModalOpens answers the dialog that opens", "[gui][helpers]")
{
    QWidget *seen = nullptr;
    QDialog dialog;
    const ModalWatch watch = whenModalOpens([&seen](QWidget *modal) {
        seen = modal;
        static_cast<QDialog *>(modal)->accept();
    });
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(watch.ran());
    CHECK_FALSE(watch.expired());
    CHECK(seen == &dialog);
}

TEST_CASE("whenModalOpens gives up when no modal dialog opens within its bound", "[gui][helpers]")
{
    bool ran = false;
    const ModalWatch watch = whenModalOpens([&ran](QWidget *) { ran = true; }, 100);
    // Before the bound was there, this poll went on for ever; a test's REQUIRE(ran()) then failed
    // only if nothing else hung first.
    REQUIRE(QTest::qWaitFor([&watch] { return watch.expired(); }, 5000));
    CHECK_FALSE(watch.ran());

    // The dropped action does not answer the next dialog that opens.
    CHECK(execRejected() == QDialog::Rejected);
    CHECK_FALSE(ran);
}

TEST_CASE("A watch that goes away takes its pending action with it", "[gui][helpers]")
{
    bool ran = false;
    {
        const ModalWatch forgotten = whenModalOpens([&ran](QWidget *modal) {
            ran = true;
            static_cast<QDialog *>(modal)->accept();
        });
    }
    CHECK(execRejected() == QDialog::Rejected);
    CHECK_FALSE(ran);
}

TEST_CASE("waitFor is true once the condition holds and false when the time is up", "[gui][helpers]")
{
    int turns = 0;
    CHECK(waitFor([&turns] { return ++turns > 3; }));
    CHECK_FALSE(waitFor([] { return false; }, 50));
}
