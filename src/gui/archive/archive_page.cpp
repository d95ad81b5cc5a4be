#include "gui/archive/archive_page.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/archive/archive_model.h"
#include "gui/archive/customer_export_flow.h"
#include "gui/archive/duplicates_dialog.h"
#include "gui/archive/erase_customer_action.h"
#include "gui/archive/spot_check_dialog.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/print_cards_dialog.h"
#include "gui/import/import_wizard.h"
#include "services/archive_service.h"
#include "services/change_notifier.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "ui_archive_page.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

namespace atelier {

ArchivePage::ArchivePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ArchivePage>())
    , m_store(store)
    , m_model(new ArchiveModel(store.archive(), this))
{
    m_ui->setupUi(this);
    m_export = new CustomerExportFlow(
        store, ExportSource::Archive, this, m_ui->exportButton, m_ui->exportStatusLabel);
    fillFilters();
    m_ui->archiveView->setModel(m_model);
    connect(m_model, &QAbstractItemModel::modelReset, m_export, &CustomerExportFlow::listChanged);
    QHeaderView *header = m_ui->archiveView->horizontalHeader();
    header->setSortIndicator(ArchiveModel::NameColumn, Qt::AscendingOrder);
    // Only some columns sort (in SQL, on an index); a click on another puts the arrow back where the
    // rows really are sorted.
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
            if (ArchiveModel::isSortable(column)) {
                m_sortColumn = column;
                m_sortOrder = order;
                return;
            }
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_sortColumn, m_sortOrder);
        });
    m_ui->archiveView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Sized to the first page once; resizing to all rows would defeat the lazy loading.
    m_ui->archiveView->resizeColumnsToContents();
    showCount(m_model->totalCount());
    showReadState();

    connect(m_model, &ArchiveModel::totalChanged, this, &ArchivePage::showCount);
    connect(m_model, &ArchiveModel::readFailedChanged, this, &ArchivePage::showReadState);
    connect(m_ui->tagComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->sourceComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->birthMonthComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->withoutConsentCheckBox, &QCheckBox::toggled, this, &ArchivePage::applyFilter);
    connect(m_ui->sizeLineEdit, &QLineEdit::editingFinished, this, &ArchivePage::applyFilter);
    connect(m_ui->archiveView, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex &index) { editCustomer(m_model->customerAt(index.row())); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this]() { editCustomer(selectedCustomer()); });
    connect(m_ui->openOnCounterButton, &QPushButton::clicked, this, [this]() {
        if (const CustomerId id = selectedCustomer())
            emit openOnCounter(id);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ArchivePage::chooseExportFile);
    connect(m_export, &CustomerExportFlow::finished, this, &ArchivePage::exportFinished);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ArchivePage::importFromTill);
    // Finding and merging duplicates is a manager's job (docs/merge.md).
    m_duplicatesButton = new QPushButton(tr("Find &duplicates…"), this);
    m_duplicatesButton->setObjectName(QStringLiteral("findDuplicatesButton"));
    m_ui->actionLayout->insertWidget(m_ui->actionLayout->indexOf(m_ui->importButton), m_duplicatesButton);
    connect(m_duplicatesButton, &QPushButton::clicked, this, [this] {
        DuplicatesDialog dialog(m_store, this);
        dialog.exec();
    });
    // The member cards of the customers the list shows (its filter), for the manager: a sheet of many
    // customers' names leaves the shop as an export does.
    m_printCardsButton = new QPushButton(tr("Print &cards…"), this);
    m_printCardsButton->setObjectName(QStringLiteral("printCardsButton"));
    m_printCardsButton->setToolTip(tr("The member cards of the customers listed, to a PDF"));
    m_ui->actionLayout->insertWidget(m_ui->actionLayout->indexOf(m_ui->importButton), m_printCardsButton);
    connect(m_printCardsButton, &QPushButton::clicked, this, &ArchivePage::printCards);
    // The manager's spot check of the selected archive for the archive contest (issue 24).
    m_spotCheckButton = new QPushButton(tr("Spot c&heck…"), this);
    m_spotCheckButton->setObjectName(QStringLiteral("spotCheckButton"));
    m_ui->actionLayout->insertWidget(m_ui->actionLayout->indexOf(m_ui->importButton), m_spotCheckButton);
    connect(m_spotCheckButton, &QPushButton::clicked, this, &ArchivePage::spotCheck);
    // Saves, erasures, merges and imports, from this window, another one or a worker.
    connect(&store.changes(), &ChangeNotifier::changed, m_model, [this](const Change &change) {
        if (change.concerns(Change::What::Customers))
            m_model->reload();
    });
    // Manager only: on the selected row's context menu.
    m_ui->archiveView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_erase = new EraseCustomerAction(
        store, [this]() { return selectedCustomer(); }, this);
    m_ui->archiveView->addAction(m_erase);
    connect(&store.shift(), &CounterShift::changed, this, &ArchivePage::applyRole);
    applyRole();
}

// What the person at the counter may do here: the manager exports, imports and reads whole phone
// numbers, merges and erases; a clerk browses the masked list and edits.
void ArchivePage::applyRole()
{
    m_model->setFullContact(m_store.allows(Permission::SeeFullContact));
    m_ui->exportButton->setVisible(m_store.allows(Permission::ExportCustomers));
    m_ui->importButton->setVisible(m_store.allows(Permission::ImportFromTill));
    m_duplicatesButton->setVisible(m_store.allows(Permission::MergeCustomers));
    m_printCardsButton->setVisible(m_store.allows(Permission::ExportCustomers));
    m_spotCheckButton->setVisible(m_store.allows(Permission::SetStaffGoals));
    m_erase->setVisible(m_store.allows(Permission::EraseCustomers));
    // "Recorded without consent" is the manager's, who sets the policy for it (docs/privacy.md).
    const bool consentFlag = m_store.allows(Permission::ChangeRules);
    m_ui->withoutConsentCheckBox->setVisible(consentFlag);
    if (!consentFlag)
        m_ui->withoutConsentCheckBox->setChecked(false);
    m_model->setConsentFlag(consentFlag);
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::fillFilters()
{
    const ReadResult<QList<Tag>> library = m_store.customers().tagLibrary();
    if (!library.ok()) {
        // A filter offering no tags would look like a store without tags.
        m_ui->tagComboBox->addItem(tr("Tags could not be read"));
        m_ui->tagComboBox->setToolTip(library.error);
        m_ui->tagComboBox->setEnabled(false);
    } else {
        m_ui->tagComboBox->addItem(tr("Any tag"));
        for (const Tag &tag : *library.value)
            m_ui->tagComboBox->addItem(tr("%1 (%2)").arg(tag.name, Labels::of(tag.category)), tag.id);
    }
    m_ui->sourceComboBox->addItem(tr("Any source"));
    for (SourceChannel source : {SourceChannel::WalkIn, SourceChannel::WeChat, SourceChannel::Douyin,
             SourceChannel::ECommerce, SourceChannel::Referral, SourceChannel::Event, SourceChannel::Other})
        m_ui->sourceComboBox->addItem(Labels::of(source), static_cast<int>(source));
    m_ui->birthMonthComboBox->addItem(tr("Any month"));
    for (int month = 1; month <= 12; ++month)
        m_ui->birthMonthComboBox->addItem(QLocale().standaloneMonthName(month), month);
}

void ArchivePage::printCards()
{
    const ReadResult<int> count = m_store.archive().count(m_model->filter());
    if (!count.ok()) {
        m_ui->exportStatusLabel->setText(count.error);
        return;
    }
    PrintCardsDialog dialog(m_store, m_model->filter(), *count.value, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ui->exportStatusLabel->setText(dialog.doneText());
}

void ArchivePage::applyFilter()
{
    ArchiveFilter filter;
    if (const QVariant tag = m_ui->tagComboBox->currentData(); tag.isValid())
        filter.tagId = tag.toLongLong();
    filter.size = m_ui->sizeLineEdit->text().trimmed();
    if (const QVariant source = m_ui->sourceComboBox->currentData(); source.isValid())
        filter.source = static_cast<SourceChannel>(source.toInt());
    if (const QVariant month = m_ui->birthMonthComboBox->currentData(); month.isValid())
        filter.birthMonth = month.toInt();
    filter.withoutConsent = m_ui->withoutConsentCheckBox->isChecked();
    m_model->setFilter(filter);
}

void ArchivePage::showCount(int total)
{
    m_ui->countLabel->setText(m_model->readFailed() ? QString() : tr("%n customer(s)", nullptr, total));
}

// A list that could not be read is not an empty archive: the page says so (the log says why).
void ArchivePage::showReadState()
{
    m_ui->readErrorLabel->setVisible(m_model->readFailed());
    m_ui->readErrorLabel->setText(m_model->readFailed()
            ? tr("The customer list could not be read. %1").arg(m_model->errorText())
            : QString());
    showCount(m_model->totalCount());
}

CustomerId ArchivePage::selectedCustomer() const
{
    const QModelIndex current = m_ui->archiveView->currentIndex();
    return current.isValid() ? m_model->customerAt(current.row()) : 0;
}

void ArchivePage::editCustomer(CustomerId id)
{
    if (id == 0)
        return;
    CustomerEditorDialog dialog(m_store, id, this);
    dialog.exec();
}

void ArchivePage::spotCheck()
{
    const CustomerId id = selectedCustomer();
    if (id == 0)
        return;
    const ReadResult<std::optional<CustomerArchive>> archive = m_store.customers().load(id);
    const QString name = archive.ok() && archive.value->has_value() ? (*archive.value)->customer.name
                                                                    : QStringLiteral("#%1").arg(id);
    auto *dialog = new SpotCheckDialog(m_store, id, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ArchivePage::chooseExportFile()
{
    m_export->choose(tr("customers-%1").arg(DisplayFormat::date(m_store.clock().today())),
        m_model->totalCount(), CustomerExportFlow::writing(m_model->filter()));
}

void ArchivePage::importFromTill()
{
    ImportWizard wizard(m_store, this);
    wizard.exec();
    if (wizard.imported())
        m_model->reload(); // imported sales change what the archive shows
}

void ArchivePage::exportCsvTo(const QString &fileName)
{
    exportTo(fileName, CustomerExport::formatOf(fileName), ExportColumns::defaults(ExportSource::Archive));
}

void ArchivePage::exportTo(const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns)
{
    m_export->start(
        fileName, format, columns, m_model->totalCount(), CustomerExportFlow::writing(m_model->filter()));
}

} // namespace atelier
