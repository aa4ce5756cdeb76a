from __future__ import annotations

import pandas as pd
import pytest

from hogo.linkage.engine import exclusive


def test_two_equally_good_candidates_share_the_probability() -> None:
    predictions = pd.DataFrame(
        {"unique_id_l": ["C1", "C1", "C2"], "match_probability": [0.9, 0.9, 0.9]}
    )
    result = exclusive(predictions)
    assert result.iloc[0] == pytest.approx(9 / 19)
    assert result.iloc[1] == pytest.approx(9 / 19)
    assert result.iloc[2] == pytest.approx(0.9)  # alone, a candidate keeps its probability
