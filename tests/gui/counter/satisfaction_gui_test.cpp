#include "gui_test_helpers.h"

#include "core/follow_up.h"
#include "gui/calendar/task_done_dialog.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/import/import_run_page.h"
#include "gui/import/import_wizard.h"
#include "gui/reports/satisfaction_report_widget.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/satisfaction.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

qint64 scoresWhere(Store &store, const QString &where)
{
    return sql::scalar(store.database().connection(),
        QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE ") + where)
        .toLongLong();
}

void chooseScore(QComboBox *combo, int score)
{
    const int index = combo->findData(score);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Satisfaction… on the card records her score after today's visit", "[gui][satisfaction]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    CustomerCardWidget card(store);
    card.setCustomer(fang);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));

    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        CHECK(child<QLabel>(dialog, QStringLiteral("introLabel"))->text().contains(QStringLiteral("visit")));
        chooseScore(child<QComboBox>(dialog, QStringLiteral("scoreComboBox")), 4);
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("commentLineEdit")), QStringLiteral("nice fit"));
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    auto *button = child<QPushButton>(&card, QStringLiteral("satisfactionButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // open(), not exec(): the click returns before the dialog has been answered.
    REQUIRE(waitFor([&] { return modal.ran(); }));
    CHECK(scoresWhere(store,
              QStringLiteral("customer_id = %1 AND score = 4 AND comment = 'nice fit' AND occasion = 'visit'")
                  .arg(fang))
        == 1);
}

TEST_CASE("The task-done dialog takes an optional score for the follow-up", "[gui][satisfaction]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    FollowUpTask task;
    task.customer = fang;
    task.dueOn = QDate(2026, 6, 15);
    task.channel = TaskChannel::Phone;
    task.purpose = TaskPurpose::Planned;
    const TaskResult planned = store.followUps().create(task);
    REQUIRE(planned.ok());

    TaskDoneDialog dialog(store.followUps(), *planned.id, std::nullopt);
    dialog.offerScore(store.satisfaction(), fang);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *scores = child<QComboBox>(&dialog, QStringLiteral("scoreComboBox"));
    REQUIRE(scores->isVisible());
    CHECK(scores->currentData().toInt() == 0); // no score unless chosen
    chooseScore(scores, 5);
    QTest::keyClicks(
        child<QLineEdit>(&dialog, QStringLiteral("scoreCommentEdit")), QStringLiteral("kind call"));
    QTest::mouseClick(
        child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(scoresWhere(store,
              QStringLiteral(
                  "follow_up_id = %1 AND score = 5 AND comment = 'kind call' AND occasion = 'follow_up'")
                  .arg(*planned.id))
        == 1);
}

TEST_CASE("The import wizard imports survey results without a mapping page", "[gui][satisfaction][import]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    const QString path = temp.folder() + QStringLiteral("/survey.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("顾客编号,日期,评分,评语\n%1,2026-06-01,5,很好\n%1,2026-06-02,six,\n")
                       .arg(fang)
                       .toUtf8());
    }
    ImportWizard wizard(store);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("pathLineEdit")), path);
    auto *surveys = child<QRadioButton>(&wizard, QStringLiteral("surveysRadio"));
    QTest::mouseClick(surveys, Qt::LeftButton, {}, QPoint(6, surveys->height() / 2));
    REQUIRE(surveys->isChecked());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    QSignalSpy checked(wizard.runPage(), &ImportRunPage::runFinished);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId); // no mapping for a survey
    REQUIRE(waitFor([&] { return checked.count() == 1; }, 30000));
    CHECK(child<QLabel>(&wizard, QStringLiteral("summaryLabel"))->text().startsWith(QStringLiteral("Check")));
    auto *rejected = child<QTableWidget>(&wizard, QStringLiteral("rejectedTable"));
    REQUIRE(rejected->rowCount() == 1);
    CHECK(rejected->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(scoresWhere(store, QStringLiteral("1 = 1")) == 0); // the check stores nothing

    QSignalSpy imported(wizard.runPage(), &ImportRunPage::runFinished);
    QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("importButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return imported.count() == 1; }, 30000));
    CHECK(wizard.imported());
    CHECK(
        scoresWhere(store, QStringLiteral("occasion = 'survey' AND customer_id = %1 AND score = 5").arg(fang))
        == 1);
}

TEST_CASE("The Satisfaction tab shows the month's rate and the clerks", "[gui][satisfaction]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId fang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).id;
    for (const int score : {5, 4, 2})
        REQUIRE(store.satisfaction().recordVisit(fang, score, {}).ok());
    SatisfactionReportWidget widget(store);
    QSignalSpy shown(&widget, &SatisfactionReportWidget::shown);
    widget.setPeriod(ReportPeriod::month(2026, 6));
    REQUIRE(waitFor([&] { return shown.count() == 1; }, 30000));
    auto *months = child<QTableWidget>(&widget, QStringLiteral("satisfactionMonthsTable"));
    REQUIRE(months->rowCount() == 1);
    CHECK(months->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(months->item(0, 3)->text().startsWith(QStringLiteral("66.7")));
    CHECK(child<QTableWidget>(&widget, QStringLiteral("satisfactionClerksTable"))->rowCount() == 1);
    CHECK(child<QLabel>(&widget, QStringLiteral("satisfactionSummaryLabel"))
              ->text()
              .contains(QStringLiteral("66.7")));
}
