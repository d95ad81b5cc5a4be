#include "gui/counter/print_cards_dialog.h"

#include "core/display_format.h"
#include "print/member_card_print.h"
#include "services/store.h"
#include "ui_print_cards_dialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace atelier {

PrintCardsDialog::PrintCardsDialog(Store &store, QList<CustomerId> customers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintCardsDialog>())
    , m_store(store)
    , m_customers(std::move(customers))
    , m_runner(store, QStringLiteral("member cards"))
{
    setUp(int(m_customers.size()));
}

PrintCardsDialog::PrintCardsDialog(Store &store, const ArchiveFilter &filter, int count, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintCardsDialog>())
    , m_store(store)
    , m_filter(filter)
    , m_runner(store, QStringLiteral("member cards"))
{
    setUp(count);
}

void PrintCardsDialog::setUp(int count)
{
    m_count = count;
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("%n member card(s) to print. A customer without a card number is given a new "
           "one first, and it is hers from then on.",
            nullptr, count));
    m_ui->paperComboBox->addItem(
        tr("A4 sheet, 10 cards a page, with cut marks"), static_cast<int>(MemberCardPdf::Paper::A4Sheet));
    m_ui->paperComboBox->addItem(tr("One card a page (85.6 × 54 mm, for a card printer)"),
        static_cast<int>(MemberCardPdf::Paper::Card));
    m_ui->paperComboBox->setCurrentIndex(count == 1 ? 1 : 0);
    m_ui->barcodeComboBox->addItem(
        tr("Code 128 bars (counter scanners)"), static_cast<int>(BarcodePainter::Symbology::Code128));
    m_ui->barcodeComboBox->addItem(
        tr("QR code (phones and 2D scanners)"), static_cast<int>(BarcodePainter::Symbology::QrCode));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileLineEdit->setText(
        QDir(folder).filePath(tr("member-cards-%1.pdf").arg(DisplayFormat::date(m_store.clock().today()))));
    m_ui->progressBar->hide();
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Print to PDF"));
    m_runner.setProgressHandler([this](const BackgroundProgress &progress) {
        m_ui->progressBar->setMaximum(int(progress.total));
        m_ui->progressBar->setValue(int(progress.done));
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PrintCardsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PrintCardsDialog::print);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_runner.isRunning())
            m_runner.cancel(); // the worker stops at the next card; its result says so
        else
            reject();
    });
}

PrintCardsDialog::~PrintCardsDialog() = default;

void PrintCardsDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save the member cards"), m_ui->fileLineEdit->text(), tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_ui->fileLineEdit->setText(chosen);
}

void PrintCardsDialog::setRunning(bool running)
{
    for (QWidget *control :
        {static_cast<QWidget *>(m_ui->paperComboBox), static_cast<QWidget *>(m_ui->barcodeComboBox),
            static_cast<QWidget *>(m_ui->fileLineEdit), static_cast<QWidget *>(m_ui->browseButton),
            static_cast<QWidget *>(m_ui->buttonBox->button(QDialogButtonBox::Ok))})
        control->setEnabled(!running);
    m_ui->progressBar->setVisible(running);
}

void PrintCardsDialog::print()
{
    MemberCardPrint job;
    job.customers = m_customers;
    job.filter = m_filter;
    job.fileName = m_ui->fileLineEdit->text().trimmed();
    job.paper = static_cast<MemberCardPdf::Paper>(m_ui->paperComboBox->currentData().toInt());
    job.symbology = static_cast<BarcodePainter::Symbology>(m_ui->barcodeComboBox->currentData().toInt());
    if (job.fileName.isEmpty()) {
        m_ui->messageLabel->setText(tr("PDF file: choose where to save the cards."));
        m_ui->messageLabel->show();
        return;
    }
    m_ui->messageLabel->hide();
    m_ui->progressBar->setRange(0, m_count);
    m_ui->progressBar->setValue(0);
    setRunning(true);
    m_runner.run(
        this,
        [job](BackgroundJob &worker) {
            return job.run(worker.store(), [&worker](int done, int total) {
                worker.progress(done, total);
                return !worker.cancelled();
            });
        },
        [this, file = job.fileName](BackgroundResult<MemberCardPrint::Outcome> result) {
            setRunning(false);
            const QString error = result.ok() ? result.value->written.error : result.error;
            if (result.ok() && result.value->written.ok()) {
                m_doneText = tr("%n member card(s) saved to %1.", nullptr, result.value->cards).arg(file);
                if (result.value->numbered > 0)
                    m_doneText += QLatin1Char(' ')
                        + tr("%n customer(s) were given a new card number first.", nullptr,
                            result.value->numbered);
                accept();
                return;
            }
            m_ui->messageLabel->setText(result.cancelled ? tr("Stopped: no PDF was written.") : error);
            m_ui->messageLabel->show();
        });
}

} // namespace atelier
