#include "gui/import/import_mapping_page.h"

#include "services/sales_import.h"
#include "services/store.h"
#include "ui_import_mapping_page.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalBlocker>

namespace atelier {

namespace {

QString fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Invoice:
        return ImportMappingPage::tr("Receipt / invoice number");
    case ImportField::Style:
        return ImportMappingPage::tr("Style number");
    case ImportField::Quantity:
        return ImportMappingPage::tr("Quantity");
    case ImportField::Date:
        return ImportMappingPage::tr("Date and time");
    case ImportField::Price:
        return ImportMappingPage::tr("Price per piece");
    case ImportField::Customer:
        return ImportMappingPage::tr("Till customer number");
    case ImportField::Phone:
        return ImportMappingPage::tr("Customer phone");
    case ImportField::Category:
        return ImportMappingPage::tr("Category");
    case ImportField::Colour:
        return ImportMappingPage::tr("Colour");
    case ImportField::Size:
        return ImportMappingPage::tr("Size");
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(Store &store, ImportChoices &choices, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportMappingPage>())
    , m_store(store)
    , m_choices(choices)
{
    m_ui->setupUi(this);
    connect(m_ui->savedCombo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::applySaved);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::clearFields()
{
    while (m_ui->fieldsLayout->rowCount() > 0)
        m_ui->fieldsLayout->removeRow(0);
    m_fieldCombos.clear();
    m_phoneCombo = nullptr;
    m_idCombo = nullptr;
    m_nameCombo = nullptr;
}

QComboBox *ImportMappingPage::addColumnCombo(
    const QString &label, const QString &objectName, const QString &column)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("(not in the file)"), QString());
    for (const QString &name : std::as_const(m_choices.preview.header))
        combo->addItem(name, name);
    choose(combo, column);
    m_ui->fieldsLayout->addRow(label, combo);
    return combo;
}

void ImportMappingPage::choose(QComboBox *combo, const QString &column)
{
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->setCurrentIndex(0);
}

void ImportMappingPage::initializePage()
{
    clearFields();
    m_ui->messageLabel->clear();
    const QStringList &header = m_choices.preview.header;
    const bool sales = m_choices.kind == ImportKind::Sales;
    m_ui->savedCaption->setVisible(sales);
    m_ui->savedCombo->setVisible(sales);
    m_ui->saveCaption->setVisible(sales);
    m_ui->saveNameEdit->setVisible(sales);
    if (!sales) {
        setSubTitle(tr("Which column holds the customer's phone, and which the till's customer number. With "
                       "a name column, phones not in the archive become new customers."));
        m_phoneCombo = addColumnCombo(tr("Customer phone *"), QStringLiteral("phoneCombo"),
            ImportPreviewReader::suggestColumn(header, ImportField::Phone));
        m_idCombo = addColumnCombo(tr("Till customer number *"), QStringLiteral("idCombo"),
            ImportPreviewReader::suggestColumn(header, ImportField::Customer));
        m_nameCombo = addColumnCombo(tr("Name (registers phones not in the archive)"),
            QStringLiteral("nameCombo"), ImportPreviewReader::suggestNameColumn(header));
        return;
    }
    setSubTitle(tr("Columns with the usual names are chosen already. Fields marked * are required."));
    const ImportMapping suggested = ImportPreviewReader::suggestMapping(header);
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        const QString label
            = ImportMapping::isRequired(field) ? fieldLabel(field) + QStringLiteral(" *") : fieldLabel(field);
        m_fieldCombos << addColumnCombo(
            label, ImportMapping::key(field) + QStringLiteral("Combo"), suggested.column(field));
    }
    const QSignalBlocker blocker(m_ui->savedCombo);
    m_ui->savedCombo->clear();
    m_ui->savedCombo->addItem(tr("(none)"));
    const ReadResult<QStringList> names = m_store.salesImport().mappingNames();
    if (names.ok())
        m_ui->savedCombo->addItems(*names.value);
    else
        m_ui->messageLabel->setText(tr("The saved mappings could not be read. %1").arg(names.error));
    m_ui->savedCombo->setEnabled(m_ui->savedCombo->count() > 1);
}

void ImportMappingPage::applySaved(int index)
{
    if (index <= 0)
        return;
    const QString name = m_ui->savedCombo->itemText(index);
    const ReadResult<std::optional<ImportMapping>> read = m_store.salesImport().mapping(name);
    if (!read.ok()) {
        m_ui->messageLabel->setText(tr("The mapping \"%1\" could not be read. %2").arg(name, read.error));
        return;
    }
    const std::optional<ImportMapping> &saved = *read.value;
    if (!saved)
        return;
    QStringList missing;
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const QString column = saved->column(static_cast<ImportField>(i));
        choose(m_fieldCombos.at(static_cast<qsizetype>(i)), column);
        if (!column.isEmpty() && m_fieldCombos.at(static_cast<qsizetype>(i))->currentIndex() == 0)
            missing << column;
    }
    m_ui->saveNameEdit->setText(name);
    m_ui->messageLabel->setText(missing.isEmpty() ? QString()
                                                  : tr("This file has no column %1 of the mapping \"%2\".")
                                                        .arg(QLocale().createSeparatedList(missing), name));
}

QComboBox *ImportMappingPage::fieldCombo(ImportField field) const
{
    return m_fieldCombos.value(static_cast<qsizetype>(field));
}

ImportMapping ImportMappingPage::chosenMapping() const
{
    ImportMapping mapping;
    for (std::size_t i = 0; i < importFieldCount; ++i)
        mapping.set(static_cast<ImportField>(i),
            m_fieldCombos.at(static_cast<qsizetype>(i))->currentData().toString());
    return mapping;
}

bool ImportMappingPage::validatePage()
{
    if (m_choices.kind == ImportKind::CustomerLinks) {
        m_choices.phoneColumn = m_phoneCombo->currentData().toString();
        m_choices.idColumn = m_idCombo->currentData().toString();
        m_choices.nameColumn = m_nameCombo->currentData().toString();
        if (m_choices.phoneColumn.isEmpty() || m_choices.idColumn.isEmpty()) {
            m_ui->messageLabel->setText(
                tr("Choose the column of the phone and the column of the till number."));
            return false;
        }
        if (m_choices.phoneColumn == m_choices.idColumn) {
            m_ui->messageLabel->setText(tr("The phone and the till number cannot be the same column."));
            return false;
        }
        return true;
    }
    const ImportMapping mapping = chosenMapping();
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        if (ImportMapping::isRequired(field) && !mapping.isMapped(field)) {
            m_ui->messageLabel->setText(tr("Choose the column that holds \"%1\".").arg(fieldLabel(field)));
            m_fieldCombos.at(static_cast<qsizetype>(i))->setFocus();
            return false;
        }
    }
    if (const ResolvedColumns resolved = mapping.resolve(m_choices.preview.header); !resolved.ok()) {
        m_ui->messageLabel->setText(resolved.error);
        return false;
    }
    const QString name = m_ui->saveNameEdit->text().trimmed();
    if (!name.isEmpty()) {
        if (const WriteResult saved = m_store.salesImport().saveMapping(name, mapping); !saved.ok()) {
            m_ui->messageLabel->setText(
                tr("The mapping could not be saved as \"%1\".").arg(name) + u' ' + saved.error);
            return false;
        }
    }
    m_choices.mapping = mapping;
    m_ui->messageLabel->clear();
    return true;
}

} // namespace atelier
