#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace atelier {

class Store;
class StoreLocationChooser;

// The manager's Settings tab "Database": where this computer's Atelier finds the store (a file's
// path, or the database and server, never a password) and the place to change it, with the same
// choice and "Test connection" as the first start. The change is kept for this computer and applies
// at the next start; Atelier offers to restart now.
class DatabasePage : public QWidget
{
    Q_OBJECT
public:
    // Asked once a new location is kept; the app asks with a message box and restarts on yes.
    using OfferRestart = std::function<void()>;

    explicit DatabasePage(Store &store, QWidget *parent = nullptr);

    void setOfferRestart(OfferRestart offer) { m_offerRestart = std::move(offer); }
    StoreLocationChooser *chooser() const { return m_chooser; }

    void reload();
    void keep();

private:
    Store &m_store;
    QLabel *m_current = nullptr;
    QLabel *m_next = nullptr;
    StoreLocationChooser *m_chooser = nullptr;
    QPushButton *m_keepButton = nullptr;
    QLabel *m_message = nullptr;
    OfferRestart m_offerRestart;
};

} // namespace atelier
