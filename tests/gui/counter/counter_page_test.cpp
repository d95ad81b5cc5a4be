#include "gui_test_helpers.h"

#include "gui/counter/counter_page.h"
#include "services/counter_search.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <thread>

using namespace atelier;
using namespace atelier::testing;

namespace {

QString firstResultName(QTableView *view)
{
    return view->model()->rowCount() > 0 ? view->model()->index(0, 0).data().toString() : QString();
}

} // namespace

TEST_CASE(
    "A clerk registers a customer and finds her again by pinyin initials and phone digits", "[gui][counter]")
{
    TempStore temp;
    const StaffId clerk
        = StaffRepository(temp.store().database().connection()).insert(QStringLiteral("小李"), false);
    REQUIRE(temp.store().shift().begin(Session{clerk, QStringLiteral("小李"), Role::Clerk}));
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    auto *results = child<QTableView>(&page, QStringLiteral("resultsView"));
    auto *newCustomer = child<QPushButton>(&page, QStringLiteral("newCustomerButton"));
    REQUIRE(search);
    REQUIRE(results);
    REQUIRE(newCustomer);

    bool dialogSeen = false;
    const ModalWatch modal = whenModalOpens([&dialogSeen](QWidget *dialog) {
        dialogSeen = true;
        typeText(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit")), QStringLiteral("张三"));
        typeText(child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("138 0013 8000"));
        auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(newCustomer, Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(dialogSeen);
    REQUIRE(page.shownCustomer() != 0);

    search->setFocus();
    typeText(search, QStringLiteral("zs"));
    REQUIRE(waitFor([&] { return firstResultName(results) == QStringLiteral("张三"); }));

    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(results->model()->rowCount() == 0);

    typeText(search, QStringLiteral("8000"));
    REQUIRE(waitFor([&] { return firstResultName(results) == QStringLiteral("张三"); }));
    CHECK(results->model()->index(0, 1).data().toString() == QStringLiteral("138****8000"));

    QTest::keyClick(search, Qt::Key_Enter);
    auto *phone = child<QLabel>(&page, QStringLiteral("phoneLabel"));
    REQUIRE(phone);
    CHECK(phone->text() == QStringLiteral("138****8000"));
    CHECK(child<QLabel>(&page, QStringLiteral("nameLabel"))->text() == QStringLiteral("张三"));
    CHECK(page.focusWidget() == search);
}

TEST_CASE("Arrow keys move the result selection while the focus stays in the search box", "[gui][counter]")
{
    TempStore temp;
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"))
                .ok());
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("王丽"), QStringLiteral("13900002222"))
                .ok());
    CounterPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    auto *results = child<QTableView>(&page, QStringLiteral("resultsView"));
    search->setFocus();

    typeText(search, QStringLiteral("王"));
    REQUIRE(results->model()->rowCount() == 2);
    CHECK(results->currentIndex().row() == 0);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(results->currentIndex().row() == 1);
    CHECK(page.focusWidget() == search);
    const QString second = results->model()->index(1, 0).data().toString();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(child<QLabel>(&page, QStringLiteral("nameLabel"))->text() == second);
}

TEST_CASE("Registering a phone that is taken offers to open its owner", "[gui][counter]")
{
    TempStore temp;
    const SaveResult existing
        = temp.store().customers().registerCustomer(QStringLiteral("李四"), QStringLiteral("13800138001"));
    REQUIRE(existing.ok());
    CounterPage page(temp.store());
    page.show();

    QString shownError;
    const ModalWatch modal = whenModalOpens([&shownError](QWidget *dialog) {
        typeText(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit")), QStringLiteral("李思"));
        typeText(child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("13800138001"));
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        shownError = child<QLabel>(dialog, QStringLiteral("phoneErrorLabel"))->text();
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openExistingButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newCustomerButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(shownError.contains(QStringLiteral("李四")));
    CHECK(page.shownCustomer() == *existing.id);
}

TEST_CASE("The card follows a save made on a worker thread's own store", "[gui][counter][change-notifier]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000"));
    REQUIRE(saved.ok());
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCustomer(*saved.id);
    auto *name = child<QLabel>(&page, QStringLiteral("nameLabel"));
    REQUIRE(name->text() == QStringLiteral("王芳"));

    // A worker (an import, a job on the task runner) writes through its own Store on the same file.
    bool renamed = false;
    std::thread worker([&renamed, &temp, id = *saved.id] {
        Store store(&temp.clock());
        if (!store.open(temp.path()))
            return;
        std::optional<CustomerArchive> archive = readValue(store.customers().load(id));
        if (!archive)
            return;
        archive->customer.name = QStringLiteral("王芳芳");
        renamed = store.customers().save(*archive).ok();
    });
    worker.join();
    REQUIRE(renamed);
    CHECK(waitFor([name] { return name->text() == QStringLiteral("王芳芳"); }));
}

TEST_CASE("The counter's shortcuts open what they say and never type into the search box",
    "[gui][counter][keyboard]")
{
    TempStore temp;
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"))
                .ok());
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("王丽"), QStringLiteral("13900002222"))
                .ok());
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.focusSearch();
    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    auto *results = child<QTableView>(&page, QStringLiteral("resultsView"));
    typeText(search, QStringLiteral("139"));
    REQUIRE(results->model()->rowCount() == 2);

    // No card yet, so the card's Alt+S, Alt+R and Alt+A have no button to press; nor do Ctrl+S, R, E.
    for (const Qt::Key letter : {Qt::Key_S, Qt::Key_R, Qt::Key_A})
        QTest::keyClick(search, letter, Qt::AltModifier);
    for (const Qt::Key letter : {Qt::Key_S, Qt::Key_R, Qt::Key_E})
        QTest::keyClick(search, letter, Qt::ControlModifier);
    CHECK(search->text() == QStringLiteral("139"));
    CHECK(results->model()->rowCount() == 2);
    CHECK(page.shownCustomer() == 0);

    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.shownCustomer() != 0);

    // Each shortcut, pressed in the search box, opens its dialog (closed again here) and types nothing.
    auto opens = [&page, search](Qt::Key letter, Qt::KeyboardModifiers modifiers) {
        // The offscreen platform leaves no window active once a dialog has closed; a desktop gives the
        // page back its activation, which shortcuts need.
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        QString opened;
        const ModalWatch modal = whenModalOpens([&opened](QWidget *dialog) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            static_cast<QDialog *>(dialog)->reject();
        });
        QTest::keyClick(search, letter, modifiers);
        // A mnemonic presses its button the way a click looks: a moment later.
        return waitFor([&modal] { return modal.ran(); }) ? opened : QString();
    };
    CHECK(opens(Qt::Key_S, Qt::ControlModifier) == QStringLiteral("atelier::SaleDialog"));
    CHECK(opens(Qt::Key_R, Qt::ControlModifier) == QStringLiteral("atelier::ReturnDialog"));
    CHECK(opens(Qt::Key_E, Qt::ControlModifier) == QStringLiteral("atelier::CustomerEditorDialog"));
    CHECK(opens(Qt::Key_N, Qt::ControlModifier) == QStringLiteral("atelier::RegisterDialog"));
    CHECK(opens(Qt::Key_H, Qt::ControlModifier) == QStringLiteral("atelier::HandoverNoteDialog"));
    // The buttons' own mnemonics work as well while the card is shown.
    CHECK(opens(Qt::Key_S, Qt::AltModifier) == QStringLiteral("atelier::SaleDialog"));
    CHECK(opens(Qt::Key_N, Qt::AltModifier) == QStringLiteral("atelier::RegisterDialog"));
    CHECK(search->text() == QStringLiteral("139"));
    CHECK(results->model()->rowCount() == 2);
    CHECK(page.focusWidget() == search);
}

TEST_CASE(
    "After registering, the list points at the new customer or at nobody, never at another", "[gui][counter]")
{
    TempStore temp;
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("陈云薇"), QStringLiteral("13900001111"))
                .ok());
    CounterPage page(temp.store());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    auto *results = child<QTableView>(&page, QStringLiteral("resultsView"));
    const auto registerAs = [&](const QString &name, const QString &phone) {
        const ModalWatch modal = whenModalOpens([&](QWidget *dialog) {
            auto *nameEdit = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
            nameEdit->clear();
            typeText(nameEdit, name);
            auto *phoneEdit = child<QLineEdit>(dialog, QStringLiteral("phoneLineEdit"));
            phoneEdit->clear();
            typeText(phoneEdit, phone);
            auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newCustomerButton")), Qt::LeftButton);
        REQUIRE(modal.ran());
    };
    const auto chosen = [&]() -> QString {
        const QModelIndex current = results->currentIndex();
        return current.isValid() && results->selectionModel()->isSelected(current)
            ? results->model()->index(current.row(), 0).data().toString()
            : QString();
    };

    // Searched for 陈云薇, then a new customer: the list found her, and must not stay on 陈云薇.
    typeText(search, QStringLiteral("陈"));
    REQUIRE(waitFor([&] { return chosen() == QStringLiteral("陈云薇"); }));
    registerAs(QStringLiteral("王小测"), QStringLiteral("138 0013 8000"));
    CHECK(chosen() != QStringLiteral("陈云薇"));
    CHECK(results->model()->rowCount() == 0); // "陈" does not find 王小测: the search is cleared

    // Digits typed first, then the new customer with that phone: she is found and chosen.
    typeText(search, QStringLiteral("13800139000"));
    registerAs(QStringLiteral("李新"), QStringLiteral("13800139000"));
    CHECK(chosen() == QStringLiteral("李新"));
}
