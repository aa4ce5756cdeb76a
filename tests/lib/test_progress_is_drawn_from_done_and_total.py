"""Actions report progress as (done, total); commands draw it on a bar."""

from __future__ import annotations

import io

from tqdm import tqdm

from hogo.lib.progress import drawn_on


def test_the_bar_follows_done_of_total() -> None:
    with tqdm(total=0, file=io.StringIO()) as bar:
        draw = drawn_on(bar)
        draw(3, 10)
        assert (bar.n, bar.total) == (3, 10)
        draw(10, 10)
        assert (bar.n, bar.total) == (10, 10)


def test_a_total_learnt_late_replaces_the_first_guess() -> None:
    with tqdm(total=5, file=io.StringIO()) as bar:
        drawn_on(bar)(2, 8)
        assert (bar.n, bar.total) == (2, 8)
