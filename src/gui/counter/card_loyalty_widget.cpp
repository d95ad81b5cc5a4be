#include "gui/counter/card_loyalty_widget.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "core/points_rules.h"
#include "core/referral.h"
#include "gui/counter/redeem_points_dialog.h"
#include "services/change_notifier.h"
#include "services/loyalty_service.h"
#include "services/points_service.h"
#include "services/store.h"
#include "ui_card_loyalty_widget.h"

#include <QHeaderView>
#include <QLocale>

namespace atelier {

namespace {

constexpr int movementsShown = 5;

QString signedPoints(qint64 points)
{
    return (points > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(points);
}

} // namespace

CardLoyaltyWidget::CardLoyaltyWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CardLoyaltyWidget>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_noMovementsText = m_ui->noMovementsLabel->text();
    QTableWidget *table = m_ui->movementsTable;
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < 3; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Five compact rows and nothing to scroll: the whole ledger is atelier-cli points.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setRowCount(movementsShown);
    table->setFixedHeight(
        movementsShown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    table->setRowCount(0);

    m_ui->rfmLabel->setToolTip(tr("R: how recently, F: how often, M: how much the customer buys, each "
                                  "from 1 (lowest fifth of the customers) to 5 (highest fifth), as of "
                                  "the last nightly run."));

    connect(m_ui->redeemButton, &QPushButton::clicked, this, &CardLoyaltyWidget::redeem);
    // Sales, returns, redemptions, corrections and the nightly expiry, from any window or worker.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (m_id != 0 && change.concerns(Change::What::Points) && change.concernsCustomer(m_id))
            showPoints();
    });
    clear();
}

CardLoyaltyWidget::~CardLoyaltyWidget() = default;

void CardLoyaltyWidget::setCustomer(CustomerId id)
{
    m_id = id;
    reload();
}

void CardLoyaltyWidget::reload()
{
    if (m_id == 0) {
        clear();
        return;
    }
    const ReadResult<CustomerLoyalty> loyalty = m_store.loyalty().customer(m_id);
    m_changedSinceScored = !loyalty.ok() || loyalty.value->changedSinceScored;
    m_tier = loyalty.ok() ? loyalty.value->tier : Tier::None;
    if (loyalty.ok()) {
        showScore(*loyalty.value);
    } else {
        clear();
        m_ui->tierLabel->setText(tr("The tier could not be read: %1").arg(loyalty.error));
    }
    showPoints();
}

void CardLoyaltyWidget::clear()
{
    for (QLabel *label :
        {m_ui->tierLabel, m_ui->segmentLabel, m_ui->rfmLabel, m_ui->nextTierLabel, m_ui->pointsLabel})
        label->clear();
    for (QLabel *label : {m_ui->segmentLabel, m_ui->nextTierLabel, m_ui->pointsLabel})
        label->setToolTip(QString());
    m_ui->movementsTable->setRowCount(0);
    m_ui->movementsTable->hide();
    m_ui->noMovementsLabel->hide();
    m_ui->redeemButton->setEnabled(false);
    m_ui->redeemButton->show();
    m_ui->redeemNoteLabel->clear();
    m_ui->redeemNoteLabel->hide();
}

void CardLoyaltyWidget::showScore(const CustomerLoyalty &loyalty)
{
    const QDate scoredAsOf = loyalty.scoredAsOf;
    const QString tier = Labels::of(loyalty.tier);
    m_ui->tierLabel->setText(loyalty.tierSince.isValid()
            ? tr("%1 · since %2").arg(tier, DisplayFormat::date(loyalty.tierSince))
            : tier);

    const bool scored = loyalty.score.has_value();
    m_ui->loyaltyFactsLayout->setRowVisible(m_ui->rfmLabel, scored);
    m_ui->loyaltyFactsLayout->setRowVisible(
        m_ui->nextTierLabel, scored || loyalty.tier != Tier::None || loyalty.live.spend.fen() > 0);
    if (!scored) {
        // Before the first run, or no purchase by the last one: nothing is wrong, it just is not known.
        m_ui->segmentLabel->setText(tr("Not scored yet — the nightly run will"));
        m_ui->segmentLabel->setToolTip(scoredAsOf.isValid()
                ? tr("The nightly run scores customers who have bought something; the last run was "
                     "as of %1.")
                      .arg(DisplayFormat::date(scoredAsOf))
                : tr("The nightly run scores customers who have bought something; it has not run yet."));
    } else {
        // Only the store's segment, in the store's words: the RFM named segment is the manager's
        // analysis on the Tiers page, and two segment words side by side read as a contradiction.
        // Segment and R/F/M are the run's: after a purchase or a return since, they say of when,
        // rather than being recomputed for one customer (R/F/M are fifths of the whole store).
        const CustomerScore &score = *loyalty.score;
        const QString segment = Labels::of(score.segment);
        const QString asOf = DisplayFormat::date(scoredAsOf);
        const bool stale = loyalty.changedSinceScored && scoredAsOf.isValid();
        m_ui->segmentLabel->setText(stale ? tr("As of %1: %2").arg(asOf, segment) : segment);
        QString why = tr("The store's segment, since %1.").arg(DisplayFormat::date(score.segmentSince));
        if (stale)
            why += u' '
                + tr("She has bought or returned something since the nightly run of %1; the next run "
                     "places her again.")
                      .arg(asOf);
        m_ui->segmentLabel->setToolTip(why);
        const QString rfm = tr("R %1 · F %2 · M %3").arg(score.score.r).arg(score.score.f).arg(score.score.m);
        m_ui->rfmLabel->setText(stale ? tr("%1 (as of %2)").arg(rfm, asOf) : rfm);
    }

    const TierRules rules = m_store.loyalty().rules().tiers;
    const QString spendWindow = rules.spendWindowMonths == 0
        ? tr("Tiers are reached by lifetime spend, not by points.")
        : tr("Tiers are reached by the spend of the last %n month(s), not by points.", nullptr,
            rules.spendWindowMonths);
    const QString decided = tr("The nightly run decides the tier.");
    if (loyalty.nextTier == Tier::None) {
        m_ui->nextTierLabel->setText(tr("Top tier"));
        m_ui->nextTierLabel->setToolTip(QString());
    } else if (loyalty.toNextTier.fen() <= 0) {
        m_ui->nextTierLabel->setText(tr("%1 spend reached").arg(Labels::of(loyalty.nextTier)));
        m_ui->nextTierLabel->setToolTip(spendWindow + u' ' + decided);
    } else {
        m_ui->nextTierLabel->setText(
            tr("%1 more spend to %2")
                .arg(DisplayFormat::amount(loyalty.toNextTier), Labels::of(loyalty.nextTier)));
        m_ui->nextTierLabel->setToolTip(spendWindow + u' ' + decided);
    }
}

void CardLoyaltyWidget::showPoints()
{
    const PointsRules rules = m_store.loyalty().rules().points;
    const ReadResult<qint64> read = m_store.points().balance(m_id);
    if (!read.ok()) {
        // No balance, no redeeming: a balance that could not be read is not zero.
        m_ui->pointsLabel->setText(tr("The points could not be read: %1").arg(read.error));
        m_ui->pointsLabel->setToolTip(QString());
        m_ui->redeemButton->setEnabled(false);
        m_ui->redeemButton->setToolTip(QString());
    }
    const qint64 balance = read.value.value_or(0);
    const qint64 redeemable = rules.redeemPoints > 0 ? balance / rules.redeemPoints * rules.redeemPoints : 0;
    // "Points:" is the caption, so the number needs no plural: the English source has none.
    const QString block
        = tr("%1 points take %2 off the bill.")
              .arg(QLocale().toString(rules.redeemPoints), DisplayFormat::amount(rules.redeemValue));
    if (read.ok()) {
        m_ui->pointsLabel->setText(
            tr("%1 · worth %2")
                .arg(QLocale().toString(balance), DisplayFormat::amount(redemptionValue(redeemable, rules))));
        m_ui->pointsLabel->setToolTip(block);
        const bool canRedeem = redeemable > 0;
        m_ui->redeemButton->setEnabled(canRedeem);
        m_ui->redeemButton->setToolTip(canRedeem
                ? block
                : tr("Redeeming needs at least %1 points.").arg(QLocale().toString(rules.redeemPoints)));
    }
    // A Member (when redeeming is a Silver benefit) sees why instead of a button that cannot work.
    const QString refused = read.ok() ? PointsService::redemptionRefusal(m_tier, rules) : QString();
    m_ui->redeemButton->setVisible(refused.isEmpty());
    m_ui->redeemNoteLabel->setText(refused);
    m_ui->redeemNoteLabel->setVisible(!refused.isEmpty());

    const ReadResult<QList<PointsMovement>> recent = m_store.points().movements(m_id, movementsShown);
    const QList<PointsMovement> movements = recent.value.value_or(QList<PointsMovement>());
    QTableWidget *table = m_ui->movementsTable;
    table->setRowCount(static_cast<int>(movements.size()));
    for (int row = 0; row < movements.size(); ++row) {
        const PointsMovement &m = movements.at(row);
        auto *points = new QTableWidgetItem(signedPoints(m.points));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // A referral reward's reason is a code (issue 23), shown in the reader's language.
        const QString why = ReferralRules::readableReason(m.reason);
        auto *reason = new QTableWidgetItem(why);
        reason->setToolTip(why);
        table->setItem(row, 0, new QTableWidgetItem(DisplayFormat::date(m.happenedAt.date())));
        table->setItem(row, 1, new QTableWidgetItem(Labels::of(m.kind)));
        table->setItem(row, 2, points);
        table->setItem(row, 3, reason);
    }
    table->setVisible(!movements.isEmpty());
    m_ui->noMovementsLabel->setVisible(movements.isEmpty());
    // The label that says "no movements yet" says instead that they could not be read.
    m_ui->noMovementsLabel->setText(
        recent.ok() ? m_noMovementsText : tr("The points movements could not be read: %1").arg(recent.error));
}

void CardLoyaltyWidget::redeem()
{
    if (m_id == 0)
        return;
    RedeemPointsDialog dialog(m_store, m_id, this);
    dialog.exec();
}

} // namespace atelier
