#pragma once

#include "core/holiday.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

#include "gui/common/refused_field_mark.h"

namespace Ui {
class HolidaysPage;
}

namespace atelier {

class Store;

// The manager's Settings tab for the holiday calendar: a year to look at, its holidays (date, name
// in Chinese and in English, greet or not), and a form below to add one of the store's own, change
// or remove one. The date is typed (YYYY-MM-DD), so an impossible one is refused by the service
// with the field marked, as an import would be.
class HolidaysPage : public QWidget
{
    Q_OBJECT
public:
    // Asked before a removal with the sentence to confirm; the app asks with a message box.
    using Confirm = std::function<bool(const QString &question)>;

    explicit HolidaysPage(Store &store, QWidget *parent = nullptr);
    ~HolidaysPage() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void reload();

private:
    void showSelected();
    void startNew();
    void save();
    void removeSelected();
    void showMessage(const QString &text, bool problem);
    QWidget *fieldWidget(const QString &field) const;

    std::unique_ptr<Ui::HolidaysPage> m_ui;
    Store &m_store;
    Confirm m_confirm;
    QList<Holiday> m_holidays; // the rows of the table, in order
    Holiday m_editing; // id 0: a new holiday of the store's own
    RefusedFieldMark m_refused;
};

} // namespace atelier
