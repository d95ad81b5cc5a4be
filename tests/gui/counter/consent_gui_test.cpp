// Consent that is enforced, as the store sees it (issue 24, docs/privacy.md): the archive editor says
// why a birthday or address cannot be kept without her consent, before save and on save; the archive
// list flags what is on file without consent for the manager only; the manager sets the policy.
#include "gui_test_helpers.h"

#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "gui/complaints/service_rules_editor.h"
#include "gui/counter/customer_editor_dialog.h"
#include "services/audit_trail.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

void clickSave(CustomerEditorDialog &dialog)
{
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
}

} // namespace

TEST_CASE(
    "The editor says why a birthday or address cannot be kept without her consent", "[gui][editor][consent]")
{
    TempStore temp;
    const SaveResult saved
        = temp.store().customers().registerCustomer(QStringLiteral("林小姐"), QStringLiteral("13800138000"));
    REQUIRE(saved.ok());
    CustomerEditorDialog dialog(temp.store(), *saved.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *birthdayError = child<QLabel>(&dialog, QStringLiteral("birthdayErrorLabel"));
    auto *addressError = child<QLabel>(&dialog, QStringLiteral("addressErrorLabel"));
    auto *consent = child<QCheckBox>(&dialog, QStringLiteral("consentProfileCheckBox"));
    REQUIRE(addressError);
    CHECK(birthdayError->isHidden());
    CHECK(addressError->isHidden());

    // Before save, next to each field.
    QTest::mouseClick(child<QCheckBox>(&dialog, QStringLiteral("birthdayKnownCheckBox")), Qt::LeftButton);
    typeText(
        child<QLineEdit>(&dialog, QStringLiteral("addressLineEdit")), QStringLiteral("杭州市文三路 8 号"));
    CHECK_FALSE(birthdayError->isHidden());
    CHECK(birthdayError->text().contains(QStringLiteral("Birthday")));
    CHECK(birthdayError->text().contains(QStringLiteral("agrees that we keep")));
    CHECK_FALSE(addressError->isHidden());
    CHECK(addressError->text().contains(QStringLiteral("Address")));

    // The save is refused, naming the fields; nothing is kept or dropped silently.
    clickSave(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(birthdayError->text().contains(QStringLiteral("Birthday")));
    CHECK(addressError->text().contains(QStringLiteral("Address")));
    const CustomerArchive refused = *readValue(temp.store().customers().load(*saved.id));
    CHECK_FALSE(refused.customer.birthday);
    CHECK(refused.customer.address.isEmpty());

    // Her consent ticked: the reasons go, and the save keeps both.
    consent->setChecked(true);
    CHECK(birthdayError->isHidden());
    CHECK(addressError->isHidden());
    clickSave(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    const CustomerArchive kept = *readValue(temp.store().customers().load(*saved.id));
    CHECK(kept.customer.birthday);
    CHECK(kept.customer.address == QStringLiteral("杭州市文三路 8 号"));
    CHECK(kept.customer.consentProfile);
}

TEST_CASE(
    "Recorded without consent is flagged in the archive list for the manager only", "[gui][archive][consent]")
{
    TempStore temp;
    Store &store = temp.store();
    StaffRepository staff(store.database().connection());
    const StaffId manager = staff.insert(QStringLiteral("林雅琴"), true);
    const StaffId clerk = staff.insert(QStringLiteral("李晓雯"), false);
    const CustomerId legacy
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13912345678")).id;
    store.customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800138000"));
    // From before the rule: a birthday on file without her consent.
    sql::run(store.database().connection(),
        QStringLiteral("UPDATE customers SET birthday = '1990-06-18', birth_month = 6 WHERE id = ?"),
        {legacy});

    REQUIRE(store.shift().begin(Session{manager, QStringLiteral("林雅琴"), Role::Manager}));
    ArchivePage page(store);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ArchiveModel *model = page.model();
    const auto flagOf = [model](CustomerId id) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->customerAt(row) == id)
                return model->index(row, ArchiveModel::NameColumn).data(Qt::ToolTipRole).toString();
        return QString();
    };
    auto *filter = child<QCheckBox>(&page, QStringLiteral("withoutConsentCheckBox"));
    REQUIRE(filter);
    CHECK(filter->isVisible());
    CHECK(flagOf(legacy).contains(QStringLiteral("without consent")));
    CHECK(model->index(0, ArchiveModel::NameColumn).data(Qt::DisplayRole).toString().size() > 0);
    filter->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->customerAt(0) == legacy);

    // A clerk takes over the counter: nothing new to see, the whole list again.
    store.shift().end();
    REQUIRE(store.shift().begin(Session{clerk, QStringLiteral("李晓雯"), Role::Clerk}));
    CHECK(filter->isHidden());
    CHECK_FALSE(filter->isChecked());
    CHECK(model->rowCount() == 2);
    CHECK(flagOf(legacy).isEmpty());
    CHECK(model->index(0, ArchiveModel::NameColumn).data(Qt::DecorationRole).isNull());
    CHECK(model->index(1, ArchiveModel::NameColumn).data(Qt::DecorationRole).isNull());
}

TEST_CASE(
    "The manager sets the policy for data recorded without consent, audited", "[gui][complaints][consent]")
{
    TempStore temp;
    ServiceRulesEditor editor(temp.store());
    editor.setRules(ServiceSettings(temp.store().database()).rules());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *policy = child<QComboBox>(&editor, QStringLiteral("withoutConsentComboBox"));
    REQUIRE(policy);
    CHECK(policy->currentIndex() == 0); // keep, the default
    CHECK_FALSE(ServiceSettings(temp.store().database()).rules().clearWithoutConsent);

    policy->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("saveServiceRulesButton")), Qt::LeftButton);
    CHECK(ServiceSettings(temp.store().database()).rules().clearWithoutConsent);
    AuditFilter rulesChanged;
    rulesChanged.action = AuditAction::RulesChanged;
    const QList<AuditEntry> entries = temp.store().auditTrail().entries(rulesChanged, 10);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().details.contains(QStringLiteral("privacy.clear_without_consent")));
}
