#include "gui/common/keyset_paged_model.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace atelier {

KeysetPagedModel::KeysetPagedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeysetPagedModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

int KeysetPagedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool KeysetPagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && !m_atEnd && !readFailed();
}

void KeysetPagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetchNextPage();
    if (m_reloadAsked)
        reload();
}

void KeysetPagedModel::reload()
{
    if (m_busy) {
        m_reloadAsked = true;
        return;
    }
    do {
        m_reloadAsked = false;
        reloadOnce();
    } while (m_reloadAsked);
}

void KeysetPagedModel::reloadOnce()
{
    const QString previousError = m_error;
    {
        const QScopedValueRollback busy(m_busy, true);
        // Read before the reset, so that the view shows the old rows meanwhile rather than none.
        QString error;
        int total = 0;
        PageRead first;
        if (hasList()) {
            const ReadResult<int> counted = readTotal();
            if (counted.ok()) {
                total = *counted.value;
                if (total > 0) {
                    first = readPageAside(std::nullopt, m_pageSize);
                    error = first.error;
                }
            } else {
                error = counted.error;
            }
        }
        beginResetModel();
        dropRows();
        m_after.reset();
        m_loaded = 0;
        m_error = error;
        m_total = error.isEmpty() ? total : 0;
        m_atEnd = !error.isEmpty() || !hasList();
        if (error.isEmpty() && first.rows > 0) {
            keepPage();
            m_loaded = first.rows;
            m_after = first.next;
        }
        if (!m_atEnd)
            notePage(first.rows);
        endResetModel();
    }
    emit totalChanged(m_total);
    reportError(previousError);
}

void KeysetPagedModel::fetchNextPage()
{
    const QString previousError = m_error;
    const int previousTotal = m_total;
    {
        const QScopedValueRollback busy(m_busy, true);
        const PageRead page = readPageAside(m_after, m_pageSize);
        if (!page.error.isEmpty()) {
            // The rows shown so far stay; the page says that the rest could not be read.
            m_error = page.error;
        } else {
            if (page.rows > 0) {
                beginInsertRows({}, m_loaded, m_loaded + page.rows - 1);
                keepPage();
                m_loaded += page.rows;
                m_after = page.next;
                endInsertRows();
            }
            notePage(page.rows);
        }
    }
    if (m_total != previousTotal)
        emit totalChanged(m_total);
    reportError(previousError);
}

void KeysetPagedModel::notePage(int rows)
{
    // A short page is the end; so is the counted total, which saves an empty read at the end. Rows
    // deleted meanwhile make the list shorter than counted, rows added longer: the total follows.
    m_atEnd = rows < m_pageSize || m_loaded >= m_total;
    if (m_atEnd || m_loaded > m_total)
        m_total = m_loaded;
}

void KeysetPagedModel::reportError(const QString &previous)
{
    if (m_error.isEmpty() != previous.isEmpty())
        emit readFailedChanged(readFailed());
}

} // namespace atelier
