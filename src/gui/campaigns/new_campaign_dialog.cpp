#include "gui/campaigns/new_campaign_dialog.h"

#include "gui/campaigns/campaign_wording.h"
#include "gui/common/spin_box_affixes.h"
#include "gui/counter/tag_picker.h"
#include "services/campaign_service.h"
#include "services/store.h"
#include "ui_new_campaign_dialog.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>

namespace atelier {

namespace {

constexpr int campaignDaysByDefault = 7;

// "M, L ,XL" → {"M", "L", "XL"}: the comma-separated values of a "bought" filter, also with Chinese commas.
QStringList values(const QString &text)
{
    QStringList found;
    for (const QString &part : QString(text).replace(QChar(0xFF0C), u',').split(u','))
        if (const QString value = part.trimmed(); !value.isEmpty() && !found.contains(value))
            found << value;
    return found;
}

} // namespace

NewCampaignDialog::NewCampaignDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewCampaignDialog>())
    , m_store(store)
    , m_previewTimer(new QTimer(this))
    , m_previewer(store, QStringLiteral("campaign-preview"))
    , m_creator(store, QStringLiteral("campaign-create"))
{
    m_ui->setupUi(this);
    m_createButton = m_ui->buttonBox->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_ui->busyBar->hide();
    m_ui->refusalLabel->hide();
    fillChoices();

    // The tag library's tree without its "add tag" row: a campaign picks from the tags customers have.
    auto *newTag = new QLineEdit(this);
    auto *newCategory = new QComboBox(this);
    auto *addTag = new QPushButton(this);
    auto *tagError = new QLabel(this);
    for (QWidget *unused :
        {static_cast<QWidget *>(newTag), static_cast<QWidget *>(newCategory), static_cast<QWidget *>(addTag)})
        unused->hide();
    m_tags = new TagPicker(store.customers(), {m_ui->tagTree, newTag, newCategory, addTag, tagError}, this);
    m_ui->tagsCaption->setBuddy(m_ui->tagTree);
    // The error label is the picker's: it shows a failed tag library read itself (in the tree).

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &NewCampaignDialog::preview);
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->seedLineEdit, m_ui->offerAmountLineEdit,
             m_ui->minSpendLineEdit, m_ui->sizesLineEdit, m_ui->stylesLineEdit, m_ui->categoriesLineEdit,
             m_ui->slowStylesLineEdit, m_ui->slowCategoryLineEdit, m_ui->slowSizesLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewCampaignDialog::changed);
    for (QDateEdit *edit :
        {m_ui->firstDayEdit, m_ui->lastDayEdit, m_ui->lastPurchaseFromEdit, m_ui->lastPurchaseToEdit})
        connect(edit, &QDateEdit::dateChanged, this, &NewCampaignDialog::changed);
    for (QSpinBox *box :
        {m_ui->holdoutSpinBox, m_ui->offerPercentSpinBox, m_ui->pAliveMinSpinBox, m_ui->pAliveMaxSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &NewCampaignDialog::changed);
    for (QCheckBox *box :
        {m_ui->silverCheckBox, m_ui->goldCheckBox, m_ui->blackCheckBox, m_ui->noTierCheckBox})
        connect(box, &QCheckBox::toggled, this, &NewCampaignDialog::changed);
    connect(m_ui->lastPurchaseFromCheckBox, &QCheckBox::toggled, m_ui->lastPurchaseFromEdit,
        &QWidget::setEnabled);
    connect(
        m_ui->lastPurchaseToCheckBox, &QCheckBox::toggled, m_ui->lastPurchaseToEdit, &QWidget::setEnabled);
    connect(m_ui->pAliveCheckBox, &QCheckBox::toggled, m_ui->pAliveMinSpinBox, &QWidget::setEnabled);
    connect(m_ui->pAliveCheckBox, &QCheckBox::toggled, m_ui->pAliveMaxSpinBox, &QWidget::setEnabled);
    for (QCheckBox *box :
        {m_ui->lastPurchaseFromCheckBox, m_ui->lastPurchaseToCheckBox, m_ui->pAliveCheckBox})
        connect(box, &QCheckBox::toggled, this, &NewCampaignDialog::changed);
    connect(m_ui->segmentList, &QListWidget::itemChanged, this, &NewCampaignDialog::changed);
    connect(m_tags, &TagPicker::changed, this, &NewCampaignDialog::changed);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::changed);
    connect(m_ui->offerKindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        showOfferFields();
        changed();
    });
    connect(m_createButton, &QPushButton::clicked, this, &NewCampaignDialog::create);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showOfferFields();
    changed();
}

NewCampaignDialog::~NewCampaignDialog() = default;

void NewCampaignDialog::fillChoices()
{
    for (const QString &code : CampaignService::kindCodes())
        if (const std::optional<CampaignKind> kind = campaignKindFromCode(code))
            m_ui->kindComboBox->addItem(CampaignLabels::of(*kind), code);
    const QDate today = m_store.clock().today();
    // Past days are allowed: a promotion already run can be evaluated.
    m_ui->firstDayEdit->setDate(today);
    m_ui->lastDayEdit->setDate(today.addDays(campaignDaysByDefault - 1));
    m_ui->lastPurchaseFromEdit->setDate(today.addMonths(-6));
    m_ui->lastPurchaseToEdit->setDate(today);
    m_ui->holdoutSpinBox->setValue(CampaignService::defaultHoldoutPercent);
    setAffixes(m_ui->holdoutSpinBox, tr("%1 % held out"));
    setAffixes(m_ui->offerPercentSpinBox, tr("%1 %"));
    setAffixes(m_ui->pAliveMinSpinBox, tr("%1 %"));
    setAffixes(m_ui->pAliveMaxSpinBox, tr("%1 %"));
    m_ui->seedLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), this));
    m_ui->seedLineEdit->setPlaceholderText(tr("drawn at random"));
    m_ui->offerAmountLineEdit->setPlaceholderText(tr("yuan, e.g. 50"));
    m_ui->minSpendLineEdit->setPlaceholderText(tr("yuan; empty: any purchase"));
    for (QLineEdit *edit : {m_ui->sizesLineEdit, m_ui->stylesLineEdit, m_ui->categoriesLineEdit})
        edit->setPlaceholderText(tr("any; several: separated by commas"));
    m_ui->slowStylesLineEdit->setPlaceholderText(tr("e.g. D2301, D2305"));
    m_ui->slowCategoryLineEdit->setPlaceholderText(tr("instead of style numbers, e.g. dresses"));
    m_ui->slowSizesLineEdit->setPlaceholderText(tr("e.g. S, M; empty: any size"));
    m_ui->offerKindComboBox->addItem(tr("None"));
    m_ui->offerKindComboBox->addItem(tr("Amount off"), toCode(OfferKind::Amount));
    m_ui->offerKindComboBox->addItem(tr("Percent off"), toCode(OfferKind::Percent));
    m_ui->offerKindComboBox->addItem(tr("Gift"), toCode(OfferKind::Gift));
    m_ui->silverCheckBox->setText(CampaignWording::tierName(Tier::Silver));
    m_ui->goldCheckBox->setText(CampaignWording::tierName(Tier::Gold));
    m_ui->blackCheckBox->setText(CampaignWording::tierName(Tier::Black));
    m_ui->noTierCheckBox->setText(CampaignWording::tierName(Tier::None));
    for (const QString &code : CampaignService::segmentCodes()) {
        auto *item = new QListWidgetItem(CampaignWording::segmentName(code), m_ui->segmentList);
        item->setData(Qt::UserRole, code);
        item->setToolTip(code); // as `atelier-cli rfm` prints it
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void NewCampaignDialog::showOfferFields()
{
    const QString kind = m_ui->offerKindComboBox->currentData().toString();
    const bool amount = kind == toCode(OfferKind::Amount);
    const bool percent = kind == toCode(OfferKind::Percent);
    m_ui->offerAmountCaption->setVisible(amount);
    m_ui->offerAmountLineEdit->setVisible(amount);
    m_ui->offerPercentCaption->setVisible(percent);
    m_ui->offerPercentSpinBox->setVisible(percent);
    m_ui->minSpendCaption->setVisible(!kind.isEmpty());
    m_ui->minSpendLineEdit->setVisible(!kind.isEmpty());
}

QStringList NewCampaignDialog::checkedTags() const
{
    QStringList names;
    for (int i = 0; i < m_ui->tagTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_ui->tagTree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (group->child(j)->checkState(0) == Qt::Checked)
                names << group->child(j)->text(0);
    }
    return names;
}

AudienceFilters NewCampaignDialog::filters() const
{
    AudienceFilters f;
    for (int i = 0; i < m_ui->segmentList->count(); ++i)
        if (const QListWidgetItem *item = m_ui->segmentList->item(i); item->checkState() == Qt::Checked)
            f.segments << item->data(Qt::UserRole).toString();
    const std::pair<QCheckBox *, Tier> tiers[]
        = {{m_ui->silverCheckBox, Tier::Silver}, {m_ui->goldCheckBox, Tier::Gold},
            {m_ui->blackCheckBox, Tier::Black}, {m_ui->noTierCheckBox, Tier::None}};
    for (const auto &[box, tier] : tiers)
        if (box->isChecked())
            f.tiers << tier;
    f.tags = checkedTags();
    f.sizes = values(m_ui->sizesLineEdit->text());
    f.styles = values(m_ui->stylesLineEdit->text());
    f.categories = values(m_ui->categoriesLineEdit->text());
    // Slow stock: the style tags are those its buyers carry most, found when the campaign is made.
    f.slowStock.styles = values(m_ui->slowStylesLineEdit->text());
    f.slowStock.categories = values(m_ui->slowCategoryLineEdit->text());
    f.slowStock.sizes = values(m_ui->slowSizesLineEdit->text());
    if (m_ui->lastPurchaseFromCheckBox->isChecked())
        f.lastPurchaseFrom = m_ui->lastPurchaseFromEdit->date();
    if (m_ui->lastPurchaseToCheckBox->isChecked())
        f.lastPurchaseTo = m_ui->lastPurchaseToEdit->date();
    if (m_ui->pAliveCheckBox->isChecked()) {
        f.pAliveMin = m_ui->pAliveMinSpinBox->value() / 100.0;
        f.pAliveMax = m_ui->pAliveMaxSpinBox->value() / 100.0;
    }
    return f;
}

NewCampaignDialog::Checked NewCampaignDialog::checked() const
{
    CampaignDraft draft;
    draft.name = m_ui->nameLineEdit->text().trimmed();
    draft.kind = campaignKindFromCode(m_ui->kindComboBox->currentData().toString())
                     .value_or(CampaignKind::MemberDay);
    draft.firstDay = m_ui->firstDayEdit->date();
    draft.lastDay = m_ui->lastDayEdit->date();
    draft.filters = filters();
    draft.holdoutPercent = m_ui->holdoutSpinBox->value();
    if (draft.lastDay < draft.firstDay)
        return {std::nullopt, tr("The last day comes before the first day."), m_ui->lastDayEdit};
    const AudienceFilters &f = draft.filters;
    if (f.lastPurchaseFrom.isValid() && f.lastPurchaseTo.isValid() && f.lastPurchaseTo < f.lastPurchaseFrom)
        return {
            std::nullopt, tr("The last purchase window ends before it begins."), m_ui->lastPurchaseToEdit};
    if (f.pAliveMin && f.pAliveMax && *f.pAliveMax < *f.pAliveMin)
        return {std::nullopt,
            tr("The chance of still being a customer: the upper end is below the lower end."),
            m_ui->pAliveMaxSpinBox};
    if (const QString seed = m_ui->seedLineEdit->text(); !seed.isEmpty()) {
        bool ok = false;
        draft.seed = seed.toULongLong(&ok);
        if (!ok)
            return {std::nullopt, tr("The seed is a whole number up to 18446744073709551615."),
                m_ui->seedLineEdit};
    }
    const std::optional<OfferKind> kind
        = offerKindFromCode(m_ui->offerKindComboBox->currentData().toString());
    if (kind) {
        CampaignOffer offer;
        offer.kind = *kind;
        if (*kind == OfferKind::Amount) {
            const std::optional<Money> off = Money::parse(m_ui->offerAmountLineEdit->text());
            if (!off || off->fen() <= 0)
                return {std::nullopt, tr("Type the amount off in yuan, e.g. 50."), m_ui->offerAmountLineEdit};
            offer.value = off->fen();
        } else if (*kind == OfferKind::Percent) {
            offer.value = m_ui->offerPercentSpinBox->value();
        }
        if (const QString minimum = m_ui->minSpendLineEdit->text().trimmed(); !minimum.isEmpty()) {
            const std::optional<Money> spend = Money::parse(minimum);
            if (!spend || spend->fen() < 0)
                return {std::nullopt, tr("Type the minimum spend in yuan, e.g. 300, or leave it empty."),
                    m_ui->minSpendLineEdit};
            offer.minSpend = *spend;
        }
        draft.offer = offer;
    }
    return {draft, {}, nullptr};
}

void NewCampaignDialog::changed()
{
    m_ui->holdoutWarningLabel->setText(m_ui->holdoutSpinBox->value() == 0
            ? tr(
                "Nobody is held out: there will be no one to compare with, so the effect cannot be measured.")
            : QString());
    m_ui->holdoutWarningLabel->setVisible(m_ui->holdoutSpinBox->value() == 0);
    m_previewOk = false;
    updateCreate();
    m_previewTimer->start();
}

void NewCampaignDialog::preview()
{
    const Checked fields = checked();
    if (!fields.draft) {
        m_previewer.cancel();
        refuse(fields.refusal, fields.field);
        emit previewShown();
        return;
    }
    m_ui->busyBar->show();
    m_previewer.run(
        this,
        [filters = fields.draft->filters, holdout = fields.draft->holdoutPercent](
            BackgroundJob &job) { return job.store().campaigns().preview(filters, holdout); },
        [this](BackgroundResult<CampaignResult<AudiencePreview>> result) {
            m_ui->busyBar->setVisible(m_creating);
            if (result.cancelled)
                return;
            CampaignResult<AudiencePreview> read = result.value.value_or(CampaignResult<AudiencePreview>{});
            if (!result.ok())
                read.error = result.error;
            showPreview(read);
        });
}

void NewCampaignDialog::showPreview(const CampaignResult<AudiencePreview> &result)
{
    if (!result.ok()) {
        refuse(result.error, nullptr);
    } else {
        markField(nullptr);
        m_ui->refusalLabel->hide();
        const AudiencePreview &p = *result.value;
        const QLocale locale;
        m_ui->previewLabel->setText(
            tr("%1 customers: %2 invited, %3 held out")
                .arg(locale.toString(p.customers), locale.toString(p.invited), locale.toString(p.holdout)));
        m_previewOk = true;
    }
    updateCreate();
    emit previewShown();
}

void NewCampaignDialog::refuse(const QString &why, QWidget *field)
{
    m_previewOk = false;
    m_ui->previewLabel->clear();
    m_ui->refusalLabel->setText(why);
    m_ui->refusalLabel->show();
    markField(field);
    updateCreate();
}

void NewCampaignDialog::markField(QWidget *field)
{
    // Marked once: a refusal read again after every key must not pull the cursor out of another field.
    if (field == m_marked)
        return;
    m_marked = field;
    m_mark.mark(this, field);
}

void NewCampaignDialog::updateCreate()
{
    m_createButton->setEnabled(canCreate());
    m_createButton->setToolTip(
        m_ui->nameLineEdit->text().trimmed().isEmpty() ? tr("Give the campaign a name first.") : QString());
}

bool NewCampaignDialog::canCreate() const
{
    return m_previewOk && !m_creating && !m_ui->nameLineEdit->text().trimmed().isEmpty();
}

QString NewCampaignDialog::previewText() const
{
    return m_ui->previewLabel->text();
}

QString NewCampaignDialog::refusal() const
{
    return m_ui->refusalLabel->isHidden() ? QString() : m_ui->refusalLabel->text();
}

bool NewCampaignDialog::isBusy() const
{
    return m_previewTimer->isActive() || m_previewer.isRunning() || m_creator.isRunning();
}

void NewCampaignDialog::create()
{
    const Checked fields = checked();
    if (!canCreate() || !fields.draft)
        return;
    m_creating = true;
    updateCreate();
    m_ui->busyBar->show();
    m_ui->previewLabel->setText(tr("Creating the campaign…"));
    m_creator.run(
        this, [draft = *fields.draft](BackgroundJob &job) { return job.store().campaigns().create(draft); },
        [this](BackgroundResult<CampaignResult<CampaignId>> result) {
            m_creating = false;
            m_ui->busyBar->hide();
            CampaignResult<CampaignId> made = result.value.value_or(CampaignResult<CampaignId>{});
            if (!result.ok())
                made.error = result.error;
            if (!made.ok()) {
                refuse(tr("The campaign was not created. %1").arg(made.error), nullptr);
                return;
            }
            emit created(*made.value, made.warning);
            accept();
        });
}

} // namespace atelier
