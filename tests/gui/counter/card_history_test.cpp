#include "gui_test_helpers.h"

#include "core/permissions.h"
#include "gui/counter/card_history_widget.h"
#include "gui/counter/customer_card_widget.h"
#include "gui/counter/customer_history_dialog.h"
#include "gui/counter/customer_history_model.h"
#include "services/customer_history.h"
#include "services/store.h"
#include "storage/database.h"
#include "support/history_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

bool shows(QWidget *widget, const QString &text)
{
    for (const QLabel *label : widget->findChildren<QLabel *>())
        if (label->isVisibleTo(widget) && label->text().contains(text))
            return true;
    return false;
}

QSet<HistoryKind> kindsIn(const CustomerHistoryModel &model)
{
    QSet<HistoryKind> kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.insert(model.rowAt(row).event.kind);
    return kinds;
}

} // namespace

TEST_CASE("The card shows her newest events; Full history… lists them all, filtered and paged as it scrolls",
    "[gui][counter][history]")
{
    TempStore t;
    const HistoryStore h = fillHistoryStore(t);
    CustomerCardWidget card(t.store());
    card.resize(1000, 1400);
    card.show();
    card.setCustomer(h.her);

    auto *section = card.findChild<CardHistoryWidget *>(QStringLiteral("cardHistoryWidget"));
    REQUIRE(section);
    REQUIRE(waitFor(
        [&]() { return shows(section, QStringLiteral("Handover note: 王芳 asked for the blue coat")); }));
    CHECK(section->lines().size() == CardHistoryWidget::linesShown);
    for (const HistoryLine &line : section->lines())
        CHECK((line.event.kind != HistoryKind::Purchase && line.event.kind != HistoryKind::Points));

    auto *full = card.findChild<QPushButton *>(QStringLiteral("fullHistoryButton"));
    REQUIRE(full);
    QTest::mouseClick(full, Qt::LeftButton);
    CustomerHistoryDialog *dialog = nullptr;
    REQUIRE(waitFor([&]() {
        dialog = card.findChild<CustomerHistoryDialog *>();
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->windowTitle().contains(QStringLiteral("王芳")));
    CustomerHistoryModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int total = model->totalCount();
    CHECK(total > 20);
    CHECK(kindsIn(*model).size() == allHistoryKinds().size());

    SECTION("a kind chosen above the list: only its events")
    {
        auto *kinds = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        REQUIRE(kinds);
        // The manual coupon issued and redeemed, and the return's experience coupon.
        const int coupons = *t.store().history().count(h.her, {HistoryKind::Coupon}).value;
        REQUIRE(coupons >= 2);
        REQUIRE(coupons < total);
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("coupon")));
        REQUIRE(waitFor([&]() { return model->totalCount() == coupons; }));
        CHECK(model->rowCount() == coupons);
        CHECK(kindsIn(*model) == QSet<HistoryKind>{HistoryKind::Coupon});
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("totalLabel"))->text();
        CHECK(shown.startsWith(QString::number(coupons) + u' '));
        kinds->setCurrentIndex(0);
        REQUIRE(waitFor([&]() { return model->totalCount() == total; }));
    }

    SECTION("scrolling to the end reads the next page")
    {
        dialog->resize(700, 260);
        model->setPageSize(8);
        model->reload();
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("historyView"));
        REQUIRE(view);
        REQUIRE(waitFor([&]() { return model->rowCount() >= 8; }));
        const int before = model->rowCount();
        REQUIRE(before < total);
        view->scrollToBottom();
        REQUIRE(waitFor([&]() { return model->rowCount() > before; }));
        for (int i = 0; i < 20 && model->rowCount() < total; ++i) {
            view->scrollToBottom();
            waitFor([&]() { return false; }, 20);
        }
        CHECK(model->rowCount() == total);
        CHECK_FALSE(model->canFetchMore({}));
    }
}

TEST_CASE("A clerk's full history offers no archive edits", "[gui][counter][history]")
{
    TempStore t;
    const HistoryStore h = fillHistoryStore(t);
    t.store().database().setRole(Role::Clerk);
    CustomerHistoryDialog dialog(t.store(), h.her, QStringLiteral("王芳"));
    dialog.show();
    auto *kinds = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    REQUIRE(kinds);
    CHECK(kinds->findData(QStringLiteral("edit")) == -1);
    CHECK(kinds->findData(QStringLiteral("coupon")) > 0);
    CHECK_FALSE(kindsIn(*dialog.model()).contains(HistoryKind::Edit));
    CHECK(kindsIn(*dialog.model()).size() == allHistoryKinds().size() - 1);
}
