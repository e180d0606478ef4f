"""The entity register view says "more than" when a search matches more entities than it
counts, lists that many, and counts further when scrolled to the end."""

from __future__ import annotations

from dataclasses import replace

from jianguan_desktop.services import entities
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.tables import get_table
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.table_model import ROW_ID_ROLE

COMPANIES = 12


def test_a_broad_search_says_more_than_the_limit_and_counts_on_at_the_end(qtbot, office_db,
                                                                           admin) -> None:
    # GIVEN twelve companies and a view that counts no further than five
    for serial in range(1, COMPANIES + 1):
        entities.create_entity(office_db, admin, {
            "kind": "bidder", "name": f"滑县第{serial:02d}建设有限公司",
            "code": credit_code("91", "410526", serial)})
    entities.create_entity(office_db, admin, {
        "kind": "person", "name": "王华", "code": "11010519491231002X"})
    spec = replace(get_table(entities.CONFIDENTIAL_TABLE_KEY), count_limit=5)
    view = RegisterView(office_db, admin, spec)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    # WHEN the clerk searches for a word every company holds
    view.search_box.setText("公司")
    view.apply_search()
    # THEN the view lists the first five by name and says there are more than five
    assert view.count_label.text() == "超过 5 条"
    assert view.model.rowCount() == 5 and view.model.canFetchMore()
    names = [view.model.data(view.model.index(row, 0)) for row in range(5)]
    assert names == [f"滑县第{serial:02d}建设有限公司" for serial in range(1, 6)]
    # WHEN the list is scrolled to its end, the view counts on: all twelve, exactly
    view.model.fetchMore()
    assert view.count_label.text() == f"共 {COMPANIES} 条"
    assert view.model.rowCount() == COMPANIES and not view.model.canFetchMore()
    assert view.model.data(view.model.index(COMPANIES - 1, 0)) == "滑县第12建设有限公司"
    assert view.model.data(view.model.index(COMPANIES - 1, 0), ROW_ID_ROLE)
    # WHEN the search narrows to fewer than five, the count is exact again
    view.search_box.setText("王")
    view.apply_search()
    assert view.count_label.text() == "共 1 条" and not view.model.canFetchMore()
