#pragma once

#include "core/customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace atelier {

class Store;

// The manager's spot check of one archive (seed 003 §8, issue 24): is she a real customer with real
// facts? Shows the last verdict, if any; Save records valid or not valid with an optional note (the
// last verdict counts in the archive contest).
class SpotCheckDialog : public QDialog
{
    Q_OBJECT
public:
    SpotCheckDialog(Store &store, CustomerId customer, const QString &name, QWidget *parent = nullptr);

    // "Checked on 2026-05-03 by 王芳: valid", or "Never checked.", for a card or a list.
    static QString verdictText(Store &store, CustomerId customer);

public slots:
    void accept() override;

private:
    Store &m_store;
    CustomerId m_customer;
    QLabel *m_last = nullptr;
    QRadioButton *m_valid = nullptr;
    QRadioButton *m_invalid = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace atelier
