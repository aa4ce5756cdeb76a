"""One shape for progress on long work: an action calls `progress(done, total)`.

Actions never draw: they take such a callback, and the command or page that runs
them decides how to show it (a bar on a terminal, a count on a page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Progress = Callable[[int, int], object]


def drawn_on(bar: Any) -> Progress:
    """A callback that moves a tqdm bar to `done` of `total`."""

    def draw(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    return draw
