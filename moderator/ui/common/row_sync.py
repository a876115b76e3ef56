"""Bring a flat item model's rows to a new order of ids, the way Qt's views expect to hear it.

A model over a list whose rows come and go (speakers, raised hands) keeps the ids it shows in
its own list and calls ``sync_rows`` after the state changed. Rows that left are announced as
removed, rows that moved as one layout change (persistent indexes follow their ids), new rows
as inserted. Views then keep the chair's selection, current row and scroll position on the
same entries, where a model reset would throw them away.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def sync_rows(model: QAbstractItemModel, shown: list[str], wanted: list[str]) -> bool:
    """Change ``shown`` (the model's row → id list, in place) into ``wanted`` step by step,
    announcing each step on ``model``; whether any row was added, removed or moved.

    While it runs, ``model.rowCount()`` must be ``len(shown)`` and ``data`` must read the row's
    entity by its id in ``shown`` (an id that has left may still be asked for between steps)."""
    if shown == wanted:
        return False
    keep = set(wanted)
    row = len(shown) - 1
    while row >= 0:  # removals, from the bottom, one run of rows at a time
        if shown[row] in keep:
            row -= 1
            continue
        last = row
        while row > 0 and shown[row - 1] not in keep:
            row -= 1
        model.beginRemoveRows(QModelIndex(), row, last)
        del shown[row : last + 1]
        model.endRemoveRows()
        row -= 1
    staying = set(shown)
    order = [entity_id for entity_id in wanted if entity_id in staying]
    if order != shown:
        model.layoutAboutToBeChanged.emit()
        before = list(shown)
        shown[:] = order
        row_of = {entity_id: row for row, entity_id in enumerate(shown)}
        old_indexes = model.persistentIndexList()
        new_indexes = [
            model.index(row_of[before[index.row()]], index.column())
            if 0 <= index.row() < len(before)
            else QModelIndex()
            for index in old_indexes
        ]
        model.changePersistentIndexList(old_indexes, new_indexes)
        model.layoutChanged.emit()
    row = 0
    while row < len(wanted):  # insertions, from the top, one run of new rows at a time
        if row < len(shown) and shown[row] == wanted[row]:
            row += 1
            continue
        end = row
        while end < len(wanted) and wanted[end] not in staying:
            end += 1
        assert end > row, "the rows that stay are in the wanted order"
        model.beginInsertRows(QModelIndex(), row, end - 1)
        shown[row:row] = wanted[row:end]
        model.endInsertRows()
        row = end
    return True
