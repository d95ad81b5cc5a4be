#include "gui/store_location_dialog.h"

#include "gui/store_location_chooser.h"
#include "services/store_location_choice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

StoreLocationDialog::StoreLocationDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Atelier"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("<b>Where is this store's data?</b>"), this);
    layout->addWidget(question);
    auto *explanation = new QLabel(tr("A shop with one till keeps it on this computer. With several "
                                      "tills, every computer uses the shop's database server."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_chooser = new StoreLocationChooser(this);
    m_chooser->setLocation(current);
    layout->addWidget(m_chooser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StoreLocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString StoreLocationDialog::location() const
{
    return m_chooser->location();
}

void StoreLocationDialog::accept()
{
    if (!m_chooser->check())
        return;
    QString error;
    if (!StoreLocationChoice::keep(location(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace atelier
