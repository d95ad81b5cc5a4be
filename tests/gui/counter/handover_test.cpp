#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "gui/counter/handover_note_dialog.h"
#include "gui/counter/handover_panel.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/handover_notes.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct Counter
{
    TempStore temp;
    StaffId wang = 0;
    StaffId li = 0;
    CustomerId fang = 0;

    Counter()
    {
        StaffRepository staff(temp.store().database().connection());
        wang = staff.insert(QStringLiteral("小王"), false);
        li = staff.insert(QStringLiteral("小李"), false);
        fang = *temp.store()
                    .customers()
                    .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678"))
                    .id;
    }
};

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("The next clerk sees the notes of the last shift and marks them read", "[gui][handover]")
{
    Counter c;
    Store &store = c.temp.store();
    REQUIRE(store.shift().begin(c.wang));
    CounterPage page(store);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    HandoverPanel *panel = page.handoverPanel();
    CHECK(panel->isHidden());

    page.showCustomer(c.fang);
    bool refusedEmpty = false;
    const ModalWatch modal = whenModalOpens([&refusedEmpty](QWidget *dialog) {
        auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        refusedEmpty
            = dialog->isVisible() && !child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty();
        CHECK(child<QCheckBox>(dialog, QStringLiteral("linkCustomerCheckBox"))->isChecked());
        child<QPlainTextEdit>(dialog, QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("王芳的裤脚明天改好"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("handoverNoteButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(refusedEmpty);
    REQUIRE(readValue(store.handover().recent(1)).size() == 1);
    // The writer's own note is not news to her.
    CHECK(panel->isHidden());

    // A new shift: 小李 takes the counter.
    page.showCustomer(0);
    REQUIRE(store.shift().begin(c.li));
    REQUIRE(waitFor([panel] { return !panel->isHidden(); }));
    REQUIRE(panel->shownNotes().size() == 1);
    CHECK(panel->shownNotes().at(0).writerName == QStringLiteral("小王"));
    QPushButton *linked = buttonNamed(panel, QStringLiteral("王芳"));
    REQUIRE(linked);
    QTest::mouseClick(linked, Qt::LeftButton);
    CHECK(page.shownCustomer() == c.fang);

    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("markReadButton")), Qt::LeftButton);
    CHECK(panel->isHidden());
    CHECK(readValue(store.handover().unreadFor(c.li)).isEmpty());

    // A note written later shows again, without a new shift.
    REQUIRE(store.handover().write(QStringLiteral("零钱不够了"), {}, c.wang).ok());
    CHECK_FALSE(panel->isHidden());
    CHECK(panel->shownNotes().size() == 1);
}

TEST_CASE("Notes that cannot be read are said to be unreadable, not hidden", "[gui][handover]")
{
    Counter c;
    Store &store = c.temp.store();
    REQUIRE(store.handover().write(QStringLiteral("零钱不够了"), {}, c.wang).ok());
    REQUIRE(store.shift().begin(c.li));
    HandoverPanel panel(store);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    REQUIRE(panel.shownNotes().size() == 1);

    dropTable(store, QStringLiteral("handover_reads"));
    panel.refresh();
    CHECK(panel.isVisible());
    CHECK(panel.shownNotes().isEmpty());
    auto *error = child<QLabel>(&panel, QStringLiteral("handoverErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(child<QPushButton>(&panel, QStringLiteral("markReadButton"))->isVisible());
}

TEST_CASE("Ctrl+Enter saves a handover note, where Enter starts a new line", "[gui][handover][keyboard]")
{
    Counter c;
    Store &store = c.temp.store();
    REQUIRE(store.shift().begin(c.wang));
    for (const Qt::Key enter : {Qt::Key_Return, Qt::Key_Enter}) {
        HandoverNoteDialog dialog(store, 0);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto *body = child<QPlainTextEdit>(&dialog, QStringLiteral("bodyEdit"));
        REQUIRE(dialog.focusWidget() == body);
        QTest::keyClicks(body, QStringLiteral("till"));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("short"));
        CHECK(dialog.isVisible());
        QTest::keyClick(body, enter, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.noteId().has_value());
        const QList<HandoverNote> notes = readValue(store.handover().recent(1));
        const auto saved = std::find_if(notes.cbegin(), notes.cend(),
            [&dialog](const HandoverNote &note) { return note.id == *dialog.noteId(); });
        REQUIRE(saved != notes.cend());
        CHECK(saved->body == QStringLiteral("till\nshort"));
    }
}
