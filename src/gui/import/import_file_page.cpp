#include "gui/import/import_file_page.h"

#include "core/display_format.h"
#include "services/store_files.h"
#include "ui_import_file_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <utility>

namespace atelier {

ImportFilePage::ImportFilePage(ImportChoices &choices, QString storePath, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportFilePage>())
    , m_choices(choices)
    , m_storePath(std::move(storePath))
{
    m_ui->setupUi(this);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_ui->pathLineEdit, &QLineEdit::textChanged, this, [this]() {
        describeFile();
        emit completeChanged();
    });
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::browse()
{
    const QString start
        = m_ui->pathLineEdit->text().isEmpty() ? QDir::homePath() : m_ui->pathLineEdit->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the till's export"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_ui->pathLineEdit->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::describeFile()
{
    const QString text = m_ui->pathLineEdit->text().trimmed();
    const QFileInfo info(QDir::fromNativeSeparators(text));
    if (text.isEmpty())
        m_ui->fileInfoLabel->clear();
    else if (!info.isFile())
        m_ui->fileInfoLabel->setText(tr("There is no file with this name."));
    else if (const QString refused = StoreFiles::refusal(m_storePath, info.filePath()); !refused.isEmpty())
        m_ui->fileInfoLabel->setText(refused);
    else
        m_ui->fileInfoLabel->setText(
            tr("%1, changed %2")
                .arg(DisplayFormat::fileSize(info.size()), DisplayFormat::dateTime(info.lastModified())));
}

bool ImportFilePage::isComplete() const
{
    const QString path = QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
    return QFileInfo(path).isFile() && !StoreFiles::contains(m_storePath, path);
}

bool ImportFilePage::validatePage()
{
    m_choices.path = QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
    m_choices.kind = m_ui->customersRadio->isChecked() ? ImportKind::CustomerLinks
        : m_ui->surveysRadio->isChecked()              ? ImportKind::Surveys
                                                       : ImportKind::Sales;
    return true;
}

} // namespace atelier
