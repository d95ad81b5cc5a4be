#pragma once

#include <QDialog>

namespace atelier {

class StoreLocationChooser;

// "Where is this store's data?": asked at the first start (no --db, nothing chosen, no store file
// yet), and from the start's "server out of reach" message. OK keeps the choice for this computer
// (QSettings); a location the storage would refuse, one with a password above all, keeps nothing.
class StoreLocationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreLocationDialog(const QString &current = {}, QWidget *parent = nullptr);

    // What was kept: empty for the default file, or the server's location.
    QString location() const;
    StoreLocationChooser *chooser() const { return m_chooser; }

    void accept() override;

private:
    StoreLocationChooser *m_chooser = nullptr;
};

} // namespace atelier
