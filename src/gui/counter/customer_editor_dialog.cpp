#include "gui/counter/customer_editor_dialog.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/archive/spot_check_dialog.h"
#include "gui/common/could_not_read.h"
#include "gui/counter/consent_text.h"
#include "gui/counter/referrer_picker.h"
#include "gui/counter/tag_picker.h"
#include "services/archive_reload.h"
#include "services/audit_trail.h"
#include "services/contact_reveal.h"
#include "services/member_cards.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "ui_customer_editor_dialog.h"

#include <QFormLayout>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>

namespace atelier {

namespace {

template <typename Enum>
void fillCombo(QComboBox *combo, std::initializer_list<Enum> values, const QString &unknownText = QString())
{
    for (Enum value : values) {
        const QString text = Labels::of(value);
        combo->addItem(text.isEmpty() ? unknownText : text, static_cast<int>(value));
    }
}

template <typename Enum> void selectValue(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

template <typename Enum> Enum valueOf(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

} // namespace

CustomerEditorDialog::CustomerEditorDialog(Store &store, CustomerId id, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerEditorDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    // Under the address, as the other fields have theirs in the form.
    m_addressErrorLabel = new QLabel(this);
    m_addressErrorLabel->setObjectName(QStringLiteral("addressErrorLabel"));
    m_addressErrorLabel->setStyleSheet(m_ui->birthdayErrorLabel->styleSheet());
    m_addressErrorLabel->setWordWrap(true);
    int addressRow = 0;
    QFormLayout::ItemRole addressRole = QFormLayout::FieldRole;
    m_ui->hardLayout->getWidgetPosition(m_ui->addressLineEdit, &addressRow, &addressRole);
    m_ui->hardLayout->insertRow(addressRow + 1, static_cast<QWidget *>(nullptr), m_addressErrorLabel);
    // The hard facts scroll: with a reason under the birthday, the year and the address (consent, issue
    // 24) the form is taller than the dialog at 1366×768, and a squeezed form cuts the reasons off.
    const int hardIndex = m_ui->tabWidget->indexOf(m_ui->hardTab);
    const QString hardTitle = m_ui->tabWidget->tabText(hardIndex);
    m_ui->tabWidget->removeTab(hardIndex);
    auto *hardScroll = new QScrollArea;
    hardScroll->setObjectName(QStringLiteral("hardScrollArea"));
    hardScroll->setFrameShape(QFrame::NoFrame);
    hardScroll->setWidgetResizable(true);
    hardScroll->setWidget(m_ui->hardTab);
    m_ui->tabWidget->insertTab(hardIndex, hardScroll, hardTitle);
    m_ui->tabWidget->setCurrentIndex(hardIndex);
    m_ui->referrerPicker->setStore(store);
    fillCombos();
    m_tags = new TagPicker(store.customers(),
        {m_ui->tagTree, m_ui->newTagLineEdit, m_ui->newTagCategoryComboBox, m_ui->addTagButton,
            m_ui->tagErrorLabel},
        this);
    std::optional<QString> unreadable;
    if (id != 0) {
        const ReadResult<std::optional<CustomerArchive>> archive = store.customers().load(id);
        if (!archive.ok())
            unreadable = archive.error;
        else if (*archive.value)
            m_archive = **archive.value;
    }
    m_ui->eventDateEdit->setDate(store.clock().today());
    showArchive(m_archive);
    clearErrors();
    if (unreadable) {
        // An archive that could not be read is never shown empty and saved over the real one.
        m_ui->messageLabel->setText(CouldNotRead::customer(*unreadable));
        m_ui->messageLabel->show();
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }

    connect(m_ui->birthdayKnownCheckBox, &QCheckBox::toggled, m_ui->birthdayDateEdit, &QWidget::setEnabled);
    connect(m_ui->addEventButton, &QPushButton::clicked, this, &CustomerEditorDialog::addLifeEvent);
    connect(m_ui->revealContactButton, &QToolButton::clicked, this, &CustomerEditorDialog::revealContact);
    connect(m_ui->removeEventButton, &QPushButton::clicked, this, &CustomerEditorDialog::removeLifeEvent);
    // Choosing a referrer makes a walk-in (the default source) a referral; any other source chosen
    // stays as it is.
    connect(m_ui->referrerPicker, &ReferrerPicker::chosen, this, [this](std::optional<CustomerId> referrer) {
        if (referrer && valueOf<SourceChannel>(m_ui->sourceComboBox) == SourceChannel::WalkIn)
            selectValue(m_ui->sourceComboBox, SourceChannel::Referral);
    });
    connect(m_ui->newCardNoButton, &QPushButton::clicked, this, [this] {
        // A free number from the store's series; it is hers when the archive is saved.
        const CardNumberResult free = m_store.memberCards().freeNumber();
        m_ui->cardNoLineEdit->setText(free.cardNo);
        m_ui->cardNoErrorLabel->setText(free.error);
        m_ui->cardNoErrorLabel->setVisible(!free.ok());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Offered when a save is refused because the customer changed elsewhere meanwhile (issue 25).
    m_reloadButton = m_ui->buttonBox->addButton(tr("Reload"), QDialogButtonBox::ActionRole);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &CustomerEditorDialog::reload);
    connect(m_tags, &TagPicker::changed, this, &CustomerEditorDialog::updateCompleteness);
    // The score follows every edit, so the clerk sees what is still missing while filling it in.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditorDialog::updateCompleteness);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &CustomerEditorDialog::updateCompleteness);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerEditorDialog::updateCompleteness);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &CustomerEditorDialog::updateCompleteness);
    connect(m_ui->birthYearSpinBox, &QSpinBox::valueChanged, this, &CustomerEditorDialog::updateCompleteness);
    connect(m_ui->consentProfileCheckBox, &QCheckBox::toggled, this, &CustomerEditorDialog::showConsentHints);
    connect(m_ui->birthdayKnownCheckBox, &QCheckBox::toggled, this, &CustomerEditorDialog::showConsentHints);
    connect(m_ui->birthdayDateEdit, &QDateEdit::dateChanged, this, &CustomerEditorDialog::showConsentHints);
    connect(m_ui->birthYearSpinBox, &QSpinBox::valueChanged, this, &CustomerEditorDialog::showConsentHints);
    connect(m_ui->addressLineEdit, &QLineEdit::textEdited, this, &CustomerEditorDialog::showConsentHints);
    updateCompleteness();
}

CustomerEditorDialog::~CustomerEditorDialog() = default;

void CustomerEditorDialog::fillCombos()
{
    const QString notSaid = tr("Not known");
    fillCombo(m_ui->genderComboBox, {Gender::Unknown, Gender::Female, Gender::Male, Gender::Other}, notSaid);
    fillCombo(m_ui->bodyTypeComboBox,
        {BodyType::Unknown, BodyType::Regular, BodyType::Plus, BodyType::Petite}, notSaid);
    fillCombo(m_ui->contactChannelComboBox,
        {ContactChannel::Unknown, ContactChannel::Phone, ContactChannel::WeChat, ContactChannel::Sms,
            ContactChannel::Visit},
        notSaid);
    fillCombo(m_ui->promotionComboBox,
        {PromotionReceptiveness::Unknown, PromotionReceptiveness::Welcomes,
            PromotionReceptiveness::Occasional, PromotionReceptiveness::Dislikes},
        notSaid);
    fillCombo(m_ui->sourceComboBox,
        {SourceChannel::WalkIn, SourceChannel::WeChat, SourceChannel::Douyin, SourceChannel::ECommerce,
            SourceChannel::Referral, SourceChannel::Event, SourceChannel::Other});
    fillCombo(m_ui->eventKindComboBox,
        {LifeEvent::Kind::Promotion, LifeEvent::Kind::Wedding, LifeEvent::Kind::NewBaby,
            LifeEvent::Kind::Moving, LifeEvent::Kind::Graduation, LifeEvent::Kind::Other});
}

void CustomerEditorDialog::showStylists(std::optional<StaffId> chosen)
{
    // The active staff, and the one chosen before even when she has left since (so that saving the
    // archive does not drop her silently).
    QComboBox *combo = m_ui->stylistComboBox;
    combo->clear();
    combo->addItem(tr("None chosen"));
    const ReadResult<QList<StaffMember>> staff = m_store.staff().all();
    for (const StaffMember &member : staff.value.value_or(QList<StaffMember>()))
        if (member.active || (chosen && member.id == *chosen))
            combo->addItem(member.name, QVariant(qlonglong(member.id)));
    if (chosen) {
        const int index = combo->findData(QVariant(qlonglong(*chosen)));
        if (index < 0) // unreadable: keep the choice rather than clear it
            combo->addItem(tr("Staff #%1").arg(*chosen), QVariant(qlonglong(*chosen)));
        combo->setCurrentIndex(index < 0 ? combo->count() - 1 : index);
    }
}

// The manager's last spot check of this archive (issue 24), above the tabs.
void CustomerEditorDialog::showSpotCheck(CustomerId id)
{
    if (id == 0 || !m_store.allows(Permission::SetStaffGoals))
        return;
    auto *label = findChild<QLabel *>(QStringLiteral("spotCheckLabel"));
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("spotCheckLabel"));
        m_ui->dialogLayout->insertWidget(0, label);
    }
    label->setText(tr("Spot check: %1").arg(SpotCheckDialog::verdictText(m_store, id)));
}

void CustomerEditorDialog::showArchive(const CustomerArchive &archive)
{
    const Customer &c = archive.customer;
    setWindowTitle(c.id ? tr("Customer archive — %1").arg(c.name) : tr("New customer archive"));
    m_ui->nameLineEdit->setText(c.name);
    m_ui->phoneLineEdit->setText(c.phone.isValid() ? c.phone.formatted() : archive.phoneText);
    selectValue(m_ui->genderComboBox, c.gender);
    m_ui->ethnicityLineEdit->setText(c.ethnicity);
    m_ui->birthdayKnownCheckBox->setChecked(c.birthday.has_value());
    m_ui->birthdayDateEdit->setEnabled(c.birthday.has_value());
    m_ui->birthdayDateEdit->setDate(c.birthday.value_or(QDate(1990, 1, 1)));
    m_ui->birthYearSpinBox->setMaximum(m_store.clock().today().year());
    m_ui->birthYearSpinBox->setValue(c.birthYear.value_or(m_ui->birthYearSpinBox->minimum()));
    m_ui->wechatLineEdit->setText(c.wechatId);
    m_ui->emailLineEdit->setText(c.email);
    m_ui->cardNoLineEdit->setText(c.cardNo);
    m_ui->addressLineEdit->setText(c.address);
    showContactHidden(c.id != 0 && !m_contactRevealed && !m_store.allows(Permission::SeeFullContact));
    showSpotCheck(c.id);
    m_ui->sizeTopLineEdit->setText(c.sizeTop);
    m_ui->sizeBottomLineEdit->setText(c.sizeBottom);
    m_ui->sizeShoeLineEdit->setText(c.sizeShoe);
    selectValue(m_ui->bodyTypeComboBox, c.bodyType);
    m_ui->occupationLineEdit->setText(c.occupation);

    m_ui->workAndFamilyEdit->setPlainText(c.workAndFamily);
    m_ui->personalityEdit->setPlainText(c.personality);
    m_ui->consumptionHabitsEdit->setPlainText(c.consumptionHabits);
    m_ui->dressPreferencesEdit->setPlainText(c.dressPreferences);
    m_ui->hobbiesLineEdit->setText(c.hobbies);
    m_ui->lifestyleLineEdit->setText(c.lifestyle);
    m_ui->serviceStyleLineEdit->setText(c.serviceStyle);
    selectValue(m_ui->contactChannelComboBox, c.preferredChannel);
    selectValue(m_ui->promotionComboBox, c.promotionReceptiveness);
    m_ui->valuesLineEdit->setText(c.values);
    m_ui->notesEdit->setPlainText(c.notes);

    m_tags->setChecked(archive.tagIds);
    m_events = archive.lifeEvents;
    showLifeEvents();

    selectValue(m_ui->sourceComboBox, c.source);
    showStylists(c.stylistId);
    m_ui->referrerPicker->setCustomer(c.id);
    m_ui->referrerPicker->setReferrer(std::nullopt, QString());
    if (c.referrerId) {
        const ReadResult<std::optional<CustomerArchive>> referrer = m_store.customers().load(*c.referrerId);
        if (!referrer.ok())
            m_ui->referrerPicker->setReferrer(c.referrerId, CouldNotRead::customer(referrer.error));
        else if (const std::optional<CustomerArchive> &found = *referrer.value)
            m_ui->referrerPicker->setReferrer(
                c.referrerId, tr("%1 (%2)").arg(found->customer.name, found->customer.phone.masked()));
        else
            m_ui->referrerPicker->setReferrer(c.referrerId, tr("customer #%1").arg(*c.referrerId));
    }
    m_ui->consentProfileCheckBox->setChecked(c.consentProfile);
    m_ui->consentMarketingCheckBox->setChecked(c.consentMarketing);
    m_ui->consentProfileStateLabel->setText(ConsentText::state(c.consentProfile, c.consentProfileChange));
    m_ui->consentMarketingStateLabel->setText(
        ConsentText::state(c.consentMarketing, c.consentMarketingChange));
}

// A clerk editing a customer sees the masked number and no address until the customer asks;
// the reveal is audited (services/contact_reveal) and then both can be read and changed.
void CustomerEditorDialog::showContactHidden(bool hidden)
{
    m_contactHidden = hidden;
    const Customer &c = m_archive.customer;
    m_ui->phoneLineEdit->setReadOnly(hidden);
    m_ui->addressLineEdit->setReadOnly(hidden);
    m_ui->revealContactButton->setVisible(hidden);
    if (hidden) {
        m_ui->phoneLineEdit->setText(c.phone.masked());
        m_ui->addressLineEdit->clear();
        m_ui->addressLineEdit->setPlaceholderText(
            c.address.isEmpty() ? QString() : tr("Hidden: Show number and address to see or change it"));
    }
}

void CustomerEditorDialog::revealContact()
{
    const RevealedContact contact = m_store.contactReveal().reveal(m_archive.customer.id);
    if (!contact.ok()) {
        m_ui->phoneErrorLabel->setText(contact.error);
        return;
    }
    m_contactRevealed = true;
    showContactHidden(false);
    m_ui->phoneLineEdit->setText(contact.phone);
    m_ui->addressLineEdit->setText(contact.address);
    m_ui->addressLineEdit->setPlaceholderText(QString());
}

CustomerArchive CustomerEditorDialog::collect() const
{
    CustomerArchive archive = m_archive;
    Customer &c = archive.customer;
    c.name = m_ui->nameLineEdit->text();
    // A clerk who did not reveal the contact keeps it as stored: the masked text is not a number.
    archive.phoneText = m_contactHidden ? m_archive.customer.phone.formatted() : m_ui->phoneLineEdit->text();
    c.gender = valueOf<Gender>(m_ui->genderComboBox);
    c.ethnicity = m_ui->ethnicityLineEdit->text();
    c.birthday = m_ui->birthdayKnownCheckBox->isChecked() ? std::optional(m_ui->birthdayDateEdit->date())
                                                          : std::nullopt;
    const int year = m_ui->birthYearSpinBox->value();
    c.birthYear = year == m_ui->birthYearSpinBox->minimum() ? std::nullopt : std::optional(year);
    c.wechatId = m_ui->wechatLineEdit->text();
    c.email = m_ui->emailLineEdit->text();
    c.cardNo = m_ui->cardNoLineEdit->text();
    if (!m_contactHidden)
        c.address = m_ui->addressLineEdit->text();
    c.sizeTop = m_ui->sizeTopLineEdit->text();
    c.sizeBottom = m_ui->sizeBottomLineEdit->text();
    c.sizeShoe = m_ui->sizeShoeLineEdit->text();
    c.bodyType = valueOf<BodyType>(m_ui->bodyTypeComboBox);
    c.occupation = m_ui->occupationLineEdit->text();
    c.workAndFamily = m_ui->workAndFamilyEdit->toPlainText();
    c.personality = m_ui->personalityEdit->toPlainText();
    c.consumptionHabits = m_ui->consumptionHabitsEdit->toPlainText();
    c.dressPreferences = m_ui->dressPreferencesEdit->toPlainText();
    c.hobbies = m_ui->hobbiesLineEdit->text();
    c.lifestyle = m_ui->lifestyleLineEdit->text();
    c.serviceStyle = m_ui->serviceStyleLineEdit->text();
    c.preferredChannel = valueOf<ContactChannel>(m_ui->contactChannelComboBox);
    c.promotionReceptiveness = valueOf<PromotionReceptiveness>(m_ui->promotionComboBox);
    c.values = m_ui->valuesLineEdit->text();
    c.notes = m_ui->notesEdit->toPlainText();
    c.source = valueOf<SourceChannel>(m_ui->sourceComboBox);
    c.referrerId = m_ui->referrerPicker->referrer();
    if (const QVariant stylist = m_ui->stylistComboBox->currentData(); stylist.isValid())
        c.stylistId = stylist.toLongLong();
    else
        c.stylistId.reset();
    c.consentProfile = m_ui->consentProfileCheckBox->isChecked();
    c.consentMarketing = m_ui->consentMarketingCheckBox->isChecked();
    archive.tagIds = m_tags->checked();
    archive.lifeEvents = m_events;
    return archive;
}

void CustomerEditorDialog::updateCompleteness()
{
    m_ui->completenessBar->setValue(m_store.customers().completenessOf(collect()));
}

void CustomerEditorDialog::showLifeEvents()
{
    m_ui->lifeEventsTable->setRowCount(static_cast<int>(m_events.size()));
    for (int row = 0; row < m_events.size(); ++row) {
        const LifeEvent &event = m_events.at(row);
        m_ui->lifeEventsTable->setItem(row, 0, new QTableWidgetItem(DisplayFormat::date(event.date)));
        m_ui->lifeEventsTable->setItem(row, 1, new QTableWidgetItem(Labels::of(event.kind)));
        m_ui->lifeEventsTable->setItem(row, 2, new QTableWidgetItem(event.note));
    }
    m_ui->lifeEventsTable->resizeColumnsToContents();
    m_ui->lifeEventsTable->horizontalHeader()->setStretchLastSection(true);
}

void CustomerEditorDialog::addLifeEvent()
{
    LifeEvent event;
    event.customerId = m_archive.customer.id;
    event.date = m_ui->eventDateEdit->date();
    event.kind = valueOf<LifeEvent::Kind>(m_ui->eventKindComboBox);
    event.note = m_ui->eventNoteLineEdit->text().trimmed();
    m_events << event;
    m_ui->eventNoteLineEdit->clear();
    showLifeEvents();
    updateCompleteness();
}

void CustomerEditorDialog::removeLifeEvent()
{
    const int row = m_ui->lifeEventsTable->currentRow();
    if (row < 0 || row >= m_events.size())
        return;
    m_events.removeAt(row);
    showLifeEvents();
    updateCompleteness();
}

QLabel *CustomerEditorDialog::errorLabelFor(const QString &field) const
{
    if (field == QStringLiteral("name"))
        return m_ui->nameErrorLabel;
    if (field == QStringLiteral("phone"))
        return m_ui->phoneErrorLabel;
    if (field == QStringLiteral("birthday"))
        return m_ui->birthdayErrorLabel;
    if (field == QStringLiteral("birthYear"))
        return m_ui->birthYearErrorLabel;
    if (field == QStringLiteral("address"))
        return m_addressErrorLabel;
    if (field == QStringLiteral("email"))
        return m_ui->emailErrorLabel;
    if (field == QStringLiteral("cardNo"))
        return m_ui->cardNoErrorLabel;
    if (field == QStringLiteral("referrerId"))
        return m_ui->referrerErrorLabel;
    if (field == QStringLiteral("lifeEvents"))
        return m_ui->lifeEventsErrorLabel;
    return m_ui->messageLabel;
}

void CustomerEditorDialog::showConsentHints()
{
    const Customer typed = collect().customer;
    const QList<FieldError> problems
        = CustomerRules::checkConsent(typed, m_archive.customer.id != 0 ? &m_archive.customer : nullptr);
    for (const QString &field :
        {QStringLiteral("birthday"), QStringLiteral("birthYear"), QStringLiteral("address")}) {
        QString text;
        for (const FieldError &problem : problems)
            if (problem.field == field)
                text = problem.message;
        QLabel *label = errorLabelFor(field);
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

void CustomerEditorDialog::clearErrors()
{
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->phoneErrorLabel, m_ui->birthdayErrorLabel,
             m_ui->birthYearErrorLabel, m_ui->emailErrorLabel, m_ui->cardNoErrorLabel,
             m_ui->referrerErrorLabel, m_ui->lifeEventsErrorLabel, m_ui->messageLabel, m_addressErrorLabel}) {
        label->clear();
        label->hide();
    }
}

void CustomerEditorDialog::save()
{
    clearErrors();
    const SaveResult result = m_store.customers().save(collect());
    if (result.ok()) {
        m_archive.customer.id = *result.id;
        accept();
        return;
    }
    QWidget *firstTab = nullptr;
    for (const FieldError &error : result.errors) {
        QLabel *label = errorLabelFor(error.field);
        label->setText(
            label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        if (!firstTab && label != m_ui->messageLabel)
            firstTab = label->parentWidget();
    }
    if (!result.message.isEmpty()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->show();
    }
    if (result.changedElsewhere) { // nothing saved; what she typed stays in the form until she reloads
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        m_reloadButton->show();
        m_reloadButton->setFocus();
    }
    // Bring the first problem into view: the clerk may be on another tab.
    // (The hard facts' page is inside its scroll area, so the tab is the page that holds the label.)
    for (int i = 0; firstTab && i < m_ui->tabWidget->count(); ++i) {
        QWidget *page = m_ui->tabWidget->widget(i);
        if (page == firstTab || page->isAncestorOf(firstTab)) {
            m_ui->tabWidget->setCurrentIndex(i);
            break;
        }
    }
}

void CustomerEditorDialog::reload()
{
    const CustomerArchive typed = collect();
    const ReadResult<std::optional<CustomerArchive>> now = m_store.customers().load(m_archive.customer.id);
    clearErrors();
    if (!now.ok() || !*now.value) {
        m_ui->messageLabel->setText(
            now.ok() ? tr("This customer no longer exists.") : CouldNotRead::customer(now.error));
        m_ui->messageLabel->show();
        return;
    }
    const ReloadedArchive reloaded = ReloadedArchive::of(m_archive, typed, **now.value);
    m_archive = **now.value; // the version the next save is checked against
    showArchive(reloaded.archive);
    showConsentHints();
    updateCompleteness();
    m_reloadButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    QString text
        = tr("Reloaded: the record as it is now, with your changes on top. Check them and save again.");
    if (!reloaded.changedByBoth.isEmpty()) {
        QStringList fields;
        for (const QString &field : reloaded.changedByBoth)
            fields << AuditTrail::fieldLabel(field);
        text += u'\n'
            + tr("Also changed at the other counter (yours are shown): %1.")
                  .arg(QLocale().createSeparatedList(fields));
    }
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

} // namespace atelier
