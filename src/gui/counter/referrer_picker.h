#pragma once

#include "core/customer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace atelier {

class Store;

// Chooses the customer who brought this one (老带新, issue 23) with the counter search: phone digits,
// name, pinyin initials or WeChat id as the clerk types, the matches in a short list below, a click
// or Enter chooses one. What is chosen shows as a name with a button to clear it. The customer being
// edited is never offered. Used by the counter's registration and the archive editor.
class ReferrerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ReferrerPicker(QWidget *parent = nullptr);

    // Must be called before use (the widget is made by a .ui form).
    void setStore(Store &store);
    // The customer being edited (0 for a new one): not offered as her own referrer.
    void setCustomer(CustomerId self) { m_self = self; }

    std::optional<CustomerId> referrer() const { return m_referrer; }
    // Shows a referrer already on file (a name read by the caller).
    void setReferrer(std::optional<CustomerId> id, const QString &name);
    // The line the clerk types into, for a form's buddy and for error marks.
    QLineEdit *searchEdit() const { return m_search; }

    static constexpr int matchesShown = 8;

signals:
    // A referrer chosen (or cleared: nullopt) by the clerk.
    void chosen(std::optional<CustomerId> referrer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose(int row);
    void clear();
    void showChosen(const QString &name);

    Store *m_store = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QToolButton *m_clearButton = nullptr;
    CustomerId m_self = 0;
    std::optional<CustomerId> m_referrer;
};

} // namespace atelier
