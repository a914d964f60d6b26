"""server.domain.scope: a row the caller may not see answers like a row that is not there."""

from __future__ import annotations

import pytest

from server.domain.scope import one_or_404
from server.errors import ApiError


def test_a_found_row_is_returned_as_is() -> None:
    row = object()
    assert one_or_404(row, "No such row.") is row


def test_nothing_found_is_a_404_not_found_with_the_detail() -> None:
    with pytest.raises(ApiError) as caught:
        one_or_404(None, "No such case for you.")
    assert (caught.value.status, caught.value.kind) == (404, "not_found")
    assert caught.value.detail == "No such case for you."
