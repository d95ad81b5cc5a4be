#include "gui/counter/satisfaction_dialog.h"

#include "services/satisfaction.h"
#include "services/store.h"
#include "ui_satisfaction_dialog.h"

#include <QComboBox>
#include <QPushButton>

namespace atelier {

SatisfactionDialog::SatisfactionDialog(Store &store, const SatisfactionScore &draft, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SatisfactionDialog>())
    , m_store(store)
    , m_draft(draft)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("satisfactionDialog"));
    m_ui->introLabel->setText(introText(draft.occasion));
    fillScores(m_ui->scoreComboBox, false);
    m_ui->commentLineEdit->setMaxLength(SatisfactionScore::maxCommentLength);
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SatisfactionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SatisfactionDialog::reject);
}

SatisfactionDialog::~SatisfactionDialog() = default;

void SatisfactionDialog::fillScores(QComboBox *combo, bool none)
{
    combo->clear();
    if (none)
        combo->addItem(tr("No score"), 0);
    combo->addItem(tr("5 – very happy"), 5);
    combo->addItem(tr("4 – happy"), 4);
    combo->addItem(tr("3 – so-so"), 3);
    combo->addItem(tr("2 – unhappy"), 2);
    combo->addItem(tr("1 – very unhappy"), 1);
}

QString SatisfactionDialog::introText(SatisfactionOccasion occasion)
{
    switch (occasion) {
    case SatisfactionOccasion::Visit:
        return tr("How happy was she with her visit today?");
    case SatisfactionOccasion::FollowUp:
        return tr("How happy was she with the follow-up?");
    case SatisfactionOccasion::Campaign:
        return tr("How happy was she with the campaign?");
    case SatisfactionOccasion::Complaint:
        return tr("How happy was she with how her complaint was handled?");
    case SatisfactionOccasion::Survey:
        break;
    }
    return QString();
}

void SatisfactionDialog::accept()
{
    SatisfactionScore score = m_draft;
    score.score = m_ui->scoreComboBox->currentData().toInt();
    score.comment = m_ui->commentLineEdit->text();
    const SatisfactionResult result = m_store.satisfaction().record(score);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->show();
        if (result.field == QLatin1String("comment"))
            m_ui->commentLineEdit->setFocus();
        return;
    }
    m_recorded = result.score;
    QDialog::accept();
}

} // namespace atelier
