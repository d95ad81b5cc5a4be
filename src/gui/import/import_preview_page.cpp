#include "gui/import/import_preview_page.h"

#include "gui/import/import_wizard.h"

#include "ui_import_preview_page.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace atelier {

ImportPreviewPage::ImportPreviewPage(ImportChoices &choices, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportPreviewPage>())
    , m_choices(choices)
{
    m_ui->setupUi(this);
    m_ui->encodingCombo->addItem(tr("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_ui->encodingCombo->addItem(
        tr("GB18030 (GBK, Excel on Chinese Windows)"), static_cast<int>(TextEncoding::Gb18030));
    m_ui->encodingCombo->addItem(
        tr("UTF-16LE (Excel's \"Unicode Text\")"), static_cast<int>(TextEncoding::Utf16Le));
    m_ui->encodingCombo->addItem(tr("UTF-16BE"), static_cast<int>(TextEncoding::Utf16Be));
    m_ui->delimiterCombo->addItem(tr("Comma ,"), QChar(u','));
    m_ui->delimiterCombo->addItem(tr("Semicolon ;"), QChar(u';'));
    m_ui->delimiterCombo->addItem(tr("Tab"), QChar(u'\t'));
    m_ui->delimiterCombo->addItem(tr("Bar |"), QChar(u'|'));
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    // A new file (or the same one again): what its first bytes say.
    const ImportPreview detected = ImportPreviewReader::read(m_choices.path);
    {
        const QSignalBlocker encodingBlocker(m_ui->encodingCombo);
        const QSignalBlocker delimiterBlocker(m_ui->delimiterCombo);
        m_ui->encodingCombo->setCurrentIndex(
            m_ui->encodingCombo->findData(static_cast<int>(detected.encoding)));
        m_ui->delimiterCombo->setCurrentIndex(
            std::max(0, m_ui->delimiterCombo->findData(detected.delimiter)));
    }
    m_ui->detectedLabel->setText(detected.guess.readable() && !detected.header.isEmpty()
            ? tr("Detected: %1%2")
                  .arg(TextEncodings::name(detected.guess.encoding),
                      detected.guess.byteOrderMark ? tr(" with byte-order mark") : QString())
            : QString());
    showPreview(detected);
}

void ImportPreviewPage::reread()
{
    const auto encoding = static_cast<TextEncoding>(m_ui->encodingCombo->currentData().toInt());
    showPreview(
        ImportPreviewReader::read(m_choices.path, encoding, m_ui->delimiterCombo->currentData().toChar()));
}

void ImportPreviewPage::showPreview(const ImportPreview &preview)
{
    m_choices.preview = preview;
    const bool readable = !preview.guess.binary;
    m_ui->encodingCombo->setEnabled(readable);
    m_ui->delimiterCombo->setEnabled(readable);
    if (!preview.ok())
        m_ui->problemLabel->setText(preview.problem);
    else if (preview.undecodable)
        m_ui->problemLabel->setText(
            tr("Some characters cannot be read as %1: the file is probably in another "
               "encoding. Try another one until the Chinese reads correctly.")
                .arg(TextEncodings::name(preview.encoding)));
    else if (preview.header.size() < 2)
        m_ui->problemLabel->setText(tr("Everything is in one column: try another delimiter."));
    else
        // The branch above leaves two columns or more, so only the rows need a plural.
        m_ui->problemLabel->setText(
            tr("%1 columns; the first %n row(s) are shown.", nullptr, static_cast<int>(preview.rows.size()))
                .arg(preview.header.size()));

    QTableWidget *table = m_ui->previewTable;
    table->clear();
    table->setColumnCount(static_cast<int>(preview.header.size()));
    table->setRowCount(static_cast<int>(preview.rows.size()));
    table->setHorizontalHeaderLabels(preview.header);
    QStringList lines;
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        lines << QString::number(preview.lines.value(r));
        const QStringList &row = preview.rows.at(r);
        for (qsizetype c = 0; c < row.size() && c < preview.header.size(); ++c) {
            // Line breaks inside quoted fields would make rows of different heights.
            auto *item = new QTableWidgetItem(QString(row.at(c)).replace(u'\n', u' '));
            table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    table->setVerticalHeaderLabels(lines); // the line numbers a text editor shows
    table->resizeColumnsToContents();
    emit completeChanged();
}

int ImportPreviewPage::nextId() const
{
    return m_choices.kind == ImportKind::Surveys ? ImportWizard::RunPageId : ImportWizard::MappingPageId;
}

bool ImportPreviewPage::isComplete() const
{
    return m_choices.preview.ok();
}

} // namespace atelier
