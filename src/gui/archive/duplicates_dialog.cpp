#include "gui/archive/duplicates_dialog.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "services/audit_trail.h"
#include "services/store.h"

#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *view = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setRow(QTableWidget *view, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column)
        view->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

QString who(const QString &name, CustomerId id, const QString &phone)
{
    return QStringLiteral("%1 (#%2) %3").arg(name).arg(id).arg(phone);
}

// A stored value in words: codes of choices through Labels, consents as yes/no.
QString valueText(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return QString();
    if (field == QStringLiteral("gender"))
        return Labels::of(genderFromCode(value));
    if (field == QStringLiteral("body_type"))
        return Labels::of(bodyTypeFromCode(value));
    if (field == QStringLiteral("source"))
        return Labels::of(sourceFromCode(value));
    if (field == QStringLiteral("preferred_channel"))
        return Labels::of(contactChannelFromCode(value));
    if (field == QStringLiteral("promotion_receptiveness"))
        return Labels::of(receptivenessFromCode(value));
    if (field.startsWith(QStringLiteral("consent_")) && field != QStringLiteral("consent_date"))
        return value == QStringLiteral("1") ? DuplicatesDialog::tr("yes") : DuplicatesDialog::tr("no");
    return value;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(store, QStringLiteral("duplicates"))
{
    setWindowTitle(tr("Find duplicates"));
    resize(1000, 700);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_pairsTable = table(splitter, QStringLiteral("pairsTable"), {tr("Customer"), tr("Customer"), tr("Why")});
    auto *previewBox = new QGroupBox(tr("Merge preview"), splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *keepLayout = new QHBoxLayout;
    m_keepFirst = new QRadioButton(previewBox);
    m_keepFirst->setObjectName(QStringLiteral("keepFirstRadio"));
    m_keepFirst->setChecked(true);
    m_keepSecond = new QRadioButton(previewBox);
    m_keepSecond->setObjectName(QStringLiteral("keepSecondRadio"));
    keepLayout->addWidget(new QLabel(tr("Keep:"), previewBox));
    keepLayout->addWidget(m_keepFirst);
    keepLayout->addWidget(m_keepSecond);
    keepLayout->addStretch();
    m_mergeButton = new QPushButton(tr("&Merge…"), previewBox);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setEnabled(false);
    keepLayout->addWidget(m_mergeButton);
    previewLayout->addLayout(keepLayout);
    m_preview = table(previewBox, QStringLiteral("previewTable"),
        {tr("Field"), tr("Kept customer"), tr("Merged away"), tr("Merged record")});
    previewLayout->addWidget(m_preview);

    auto *recentBox = new QGroupBox(tr("Recent merges"), splitter);
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recentTable = table(recentBox, QStringLiteral("recentTable"),
        {tr("When"), tr("Kept"), tr("Merged away"), tr("By"), tr("State")});
    recentLayout->addWidget(m_recentTable);
    m_recentError = new QLabel(recentBox);
    m_recentError->setObjectName(QStringLiteral("recentErrorLabel"));
    m_recentError->setWordWrap(true);
    m_recentError->hide();
    recentLayout->addWidget(m_recentError);
    m_undoButton = new QPushButton(tr("&Undo merge…"), recentBox);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setEnabled(false);
    recentLayout->addWidget(m_undoButton, 0, Qt::AlignRight);
    layout->addWidget(splitter);

    connect(m_pairsTable, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::showPreview);
    connect(m_keepFirst, &QRadioButton::toggled, this, &DuplicatesDialog::showPreview);
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::mergeChosen);
    connect(m_undoButton, &QPushButton::clicked, this, &DuplicatesDialog::undoChosen);
    connect(m_recentTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_recentTable->currentRow();
        m_undoButton->setEnabled(row >= 0 && row < m_recent.size() && !m_recent.at(row).undone);
    });
    fillRecent();
    findSuggestions();
}

void DuplicatesDialog::findSuggestions()
{
    if (isSearching())
        return;
    m_status->setText(tr("Looking for duplicates…"));
    m_search.run(
        this, [](BackgroundJob &job) { return job.store().merge().suggestions(); },
        [this](BackgroundResult<SuggestionsResult> result) {
            SuggestionsResult found = result.value.value_or(SuggestionsResult{});
            if (!result.ok())
                found.error = result.error;
            showSuggestions(found);
        });
}

void DuplicatesDialog::showSuggestions(const SuggestionsResult &result)
{
    m_pairs = result.pairs;
    m_pairsTable->setRowCount(static_cast<int>(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicateSuggestion &pair = m_pairs.at(row);
        setRow(m_pairsTable, row,
            {who(pair.firstName, pair.first, pair.firstPhone),
                who(pair.secondName, pair.second, pair.secondPhone),
                CustomerMerge::reasonText(pair.reasons)});
    }
    m_pairsTable->resizeColumnsToContents();
    m_status->setText(result.error.isEmpty()
            ? tr("%n pair(s) of customers may be the same person.", nullptr, static_cast<int>(m_pairs.size()))
            : result.error);
    showPreview();
    emit suggestionsReady();
}

std::pair<CustomerId, CustomerId> DuplicatesDialog::chosen() const
{
    const int row = m_pairsTable->currentRow();
    if (row < 0 || row >= m_pairs.size() || m_pairsTable->selectedItems().isEmpty())
        return {0, 0};
    const DuplicateSuggestion &pair = m_pairs.at(row);
    return m_keepFirst->isChecked() ? std::pair{pair.first, pair.second} : std::pair{pair.second, pair.first};
}

void DuplicatesDialog::showPreview()
{
    const int row = m_pairsTable->currentRow();
    const bool havePair = row >= 0 && row < m_pairs.size();
    if (havePair) {
        m_keepFirst->setText(who(m_pairs.at(row).firstName, m_pairs.at(row).first, QString()));
        m_keepSecond->setText(who(m_pairs.at(row).secondName, m_pairs.at(row).second, QString()));
    }
    const auto [kept, away] = chosen();
    m_preview->setRowCount(0);
    m_mergeButton->setEnabled(false);
    if (kept == 0)
        return;
    const MergePreview preview = m_store.merge().preview(kept, away);
    if (!preview.ok()) {
        m_status->setText(preview.error);
        return;
    }
    QFont taken = m_preview->font();
    taken.setBold(true);
    for (const MergedField &field : preview.merged.fields) {
        const int line = m_preview->rowCount();
        m_preview->insertRow(line);
        QString merged = valueText(field.field, field.mergedValue);
        if (field.fromAbsorbed)
            merged = tr("%1 (from the merged-away customer)").arg(merged);
        setRow(m_preview, line,
            {AuditTrail::fieldLabel(field.field), valueText(field.field, field.survivorValue),
                valueText(field.field, field.absorbedValue), merged});
        if (field.fromAbsorbed)
            m_preview->item(line, 3)->setFont(taken);
    }
    const auto addLine = [this](const QStringList &texts) {
        const int line = m_preview->rowCount();
        m_preview->insertRow(line);
        setRow(m_preview, line, texts);
    };
    const QString comma = QStringLiteral(", ");
    addLine({tr("Tags"), preview.survivorTags.join(comma), preview.absorbedTags.join(comma),
        preview.mergedTags.join(comma)});
    for (const MoveCount &move : preview.moves)
        addLine({CustomerMerge::tableLabel(move.table), QString(), QString::number(move.rows),
            tr("%n move(s) to the kept customer", nullptr, move.rows)});
    m_preview->resizeColumnsToContents();
    m_mergeButton->setEnabled(true);
}

void DuplicatesDialog::mergeChosen()
{
    const auto [kept, away] = chosen();
    if (kept == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Merge customers"),
        tr("Merge customer #%1 into #%2? Everything of #%1 moves to #%2 and #%1 is removed. "
           "The merge can be undone from the list of recent merges.")
            .arg(away)
            .arg(kept));
    if (answer != QMessageBox::Yes)
        return;
    const MergeResult result = m_store.merge().merge(kept, away);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Merge customers"), result.error);
        return;
    }
    m_status->setText(tr("Customer #%1 was merged into #%2.").arg(away).arg(kept));
    fillRecent(); // CustomerMerge tells every window through the ChangeNotifier
    findSuggestions();
}

void DuplicatesDialog::undoChosen()
{
    const int row = m_recentTable->currentRow();
    if (row < 0 || row >= m_recent.size())
        return;
    const MergeSummary merge = m_recent.at(row);
    const auto answer = QMessageBox::question(this, tr("Undo merge"),
        tr("Undo the merge of %1 (#%2) into #%3? The customer comes back with everything that was moved.")
            .arg(merge.absorbedName)
            .arg(merge.absorbedId)
            .arg(merge.survivorId));
    if (answer != QMessageBox::Yes)
        return;
    const UndoResult result = m_store.merge().undo(merge.id);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Undo merge"), result.error);
        return;
    }
    m_status->setText(
        tr("%1 (#%2) is a customer of their own again.").arg(merge.absorbedName).arg(merge.absorbedId));
    fillRecent();
    findSuggestions();
}

void DuplicatesDialog::fillRecent()
{
    const ReadResult<QList<MergeSummary>> read = m_store.merge().recentMerges();
    // An empty table would say "nothing merged yet", and hide the merges a manager may want to undo.
    m_recentError->setVisible(!read.ok());
    m_recentError->setText(
        read.ok() ? QString() : tr("The recent merges could not be read. %1").arg(read.error));
    m_recent = read.value.value_or(QList<MergeSummary>{});
    m_recentTable->setRowCount(static_cast<int>(m_recent.size()));
    const QLocale locale;
    for (int row = 0; row < m_recent.size(); ++row) {
        const MergeSummary &merge = m_recent.at(row);
        setRow(m_recentTable, row,
            {DisplayFormat::dateTime(merge.mergedAt), who(merge.survivorName, merge.survivorId, QString()),
                who(merge.absorbedName, merge.absorbedId, merge.absorbedPhone), merge.mergedBy,
                merge.undone ? tr("undone") : tr("merged")});
    }
    m_recentTable->resizeColumnsToContents();
    m_undoButton->setEnabled(false);
}

} // namespace atelier
