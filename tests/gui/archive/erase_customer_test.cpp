#include "gui_test_helpers.h"

#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "gui/archive/erase_customer_action.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/counter/customer_editor_dialog.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>

using namespace atelier;
using namespace atelier::testing;

namespace {

CustomerId registerWithMarketing(Store &store, const QString &name, const QString &phone)
{
    CustomerArchive archive;
    archive.customer.name = name;
    archive.phoneText = phone;
    archive.customer.consentMarketing = true;
    const SaveResult saved = store.customers().save(archive);
    REQUIRE(saved.ok());
    return *saved.id;
}

} // namespace

TEST_CASE(
    "the manager erases the selected customer from the archive after a clear confirmation", "[gui][erasure]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId wang
        = registerWithMarketing(store, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    registerWithMarketing(store, QStringLiteral("李静"), QStringLiteral("13987654321"));

    ArchivePage page(store);
    page.show();
    // The registrations above are announced on the next turn of the event loop (the list reads again).
    QCoreApplication::processEvents();
    EraseCustomerAction *action = page.eraseAction();
    REQUIRE(action);
    CHECK(action->isVisible());
    auto *view = child<QTableView>(&page, QStringLiteral("archiveView"));
    REQUIRE(view);
    CHECK(view->actions().contains(action));
    int row = 0;
    while (page.model()->customerAt(row) != wang)
        ++row;
    view->setCurrentIndex(page.model()->index(row, 0));

    // Cancel first: nothing happens.
    QString asked;
    const ModalWatch cancelAsked = whenModalOpens([&asked](QWidget *dialog) {
        asked = static_cast<QMessageBox *>(dialog)->text();
        static_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
    });
    action->trigger();
    REQUIRE(cancelAsked.ran());
    CHECK(asked.contains(QStringLiteral("王芳")));
    CHECK(asked.contains(QStringLiteral("138****5678")));
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK(asked.contains(QStringLiteral("Purchases")));
    CHECK(readValue(store.customers().load(wang))->customer.name == QStringLiteral("王芳"));

    const ModalWatch eraseAsked = whenModalOpens([](QWidget *dialog) {
        REQUIRE(dialog->objectName() == QStringLiteral("eraseConfirmation"));
        child<QAbstractButton>(dialog, QStringLiteral("eraseButton"))->click();
    });
    action->trigger();
    REQUIRE(eraseAsked.ran());
    CHECK(readValue(store.customers().load(wang))->customer.erasedAt.has_value());
    // The list shows the erased row without name or phone (once the change is announced, on the next
    // turn of the event loop), and still counts it.
    const auto shownName = [&page, wang]() {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->customerAt(r) == wang)
                return page.model()->data(page.model()->index(r, ArchiveModel::NameColumn)).toString();
        }
        return QString();
    };
    CHECK(waitFor([&] { return shownName() == QStringLiteral("—"); }));
    CHECK(page.model()->rowCount() == 2);
    row = 0;
    while (page.model()->customerAt(row) != wang)
        ++row;
    CHECK(page.model()->data(page.model()->index(row, ArchiveModel::NameColumn)).toString()
        == QStringLiteral("—"));
    CHECK(page.model()->data(page.model()->index(row, ArchiveModel::PhoneColumn)).toString()
        == QStringLiteral("—"));
}

TEST_CASE("a clerk does not see Erase customer", "[gui][erasure][permissions]")
{
    TempStore t;
    t.store().database().setRole(Role::Clerk);
    ArchivePage page(t.store());
    REQUIRE(page.eraseAction());
    CHECK_FALSE(page.eraseAction()->isVisible());
}

TEST_CASE("the card and the editor say who gave consent and when; an erased card is labelled",
    "[gui][erasure][consent]")
{
    TempStore t;
    Store &store = t.store();
    store.database().setAuditActor(AuditActor::staff(7, QStringLiteral("李晓雯")));
    const CustomerId id = registerWithMarketing(store, QStringLiteral("王芳"), QStringLiteral("13812345678"));

    CustomerCardWidget card(store);
    card.setCustomer(id);
    const QString consent = child<QLabel>(&card, QStringLiteral("consentLabel"))->text();
    CHECK(consent.contains(QStringLiteral("Marketing: agreed on 2026-06-15 by 李晓雯")));
    CHECK(consent.contains(QStringLiteral("Profile: not given")));

    {
        CustomerEditorDialog editor(store, id);
        CHECK(child<QLabel>(&editor, QStringLiteral("consentMarketingStateLabel"))->text()
            == QStringLiteral("agreed on 2026-06-15 by 李晓雯"));
        CHECK(child<QLabel>(&editor, QStringLiteral("consentProfileStateLabel"))->text()
            == QStringLiteral("not given"));
    }

    ArchivePage page(store);
    int row = 0;
    while (page.model()->customerAt(row) != id)
        ++row;
    child<QTableView>(&page, QStringLiteral("archiveView"))->setCurrentIndex(page.model()->index(row, 0));
    const ModalWatch modal = whenModalOpens(
        [](QWidget *dialog) { child<QAbstractButton>(dialog, QStringLiteral("eraseButton"))->click(); });
    page.eraseAction()->trigger();
    REQUIRE(modal.ran());

    // The card follows the erasure as soon as it is announced (ChangeNotifier, queued).
    CHECK(waitFor([&] {
        return child<QLabel>(&card, QStringLiteral("nameLabel"))->text() == QStringLiteral("Erased customer");
    }));
    CHECK(child<QLabel>(&card, QStringLiteral("phoneLabel"))->text() == QStringLiteral("—"));
    CHECK_FALSE(child<QAbstractButton>(&card, QStringLiteral("editArchiveButton"))->isEnabled());
    CHECK(child<QLabel>(&card, QStringLiteral("consentLabel"))
              ->text()
              .contains(QStringLiteral("Marketing: withdrawn on 2026-06-15")));
}
