"""Charts drawn on the server as SVG, so a page shows them without any script or network."""

from __future__ import annotations

import base64
import io
import warnings
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

# Text stays text in the SVG: the browser draws Japanese labels with its own fonts.
matplotlib.rcParams["svg.fonttype"] = "none"
matplotlib.rcParams["svg.hashsalt"] = "hogo"


def _svg(figure: Figure) -> str:
    out = io.StringIO()
    with warnings.catch_warnings():
        # Matplotlib measures Japanese text with a Latin font; the browser draws it properly.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure.savefig(out, format="svg", bbox_inches="tight")
    plt.close(figure)
    return out.getvalue()


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def bars(labels: Sequence[str], series: dict[str, Sequence[float]], *, horizontal: bool) -> str:
    """One bar per label and series, as an SVG document."""
    height = max(2.0, 0.35 * len(labels) * max(1, len(series)) + 0.8)
    figure, axes = plt.subplots(figsize=(6.5, height if horizontal else 3.2))
    width = 0.8 / max(1, len(series))
    positions = range(len(labels))
    for i, (name, values) in enumerate(series.items()):
        offsets = [p + i * width - 0.4 + width / 2 for p in positions]
        if horizontal:
            axes.barh(offsets, values, height=width, label=name)
        else:
            axes.bar(offsets, values, width=width, label=name)
    if horizontal:
        axes.set_yticks(list(positions), labels)
        axes.invert_yaxis()
    else:
        axes.set_xticks(list(positions), labels, rotation=45, ha="right")
    if len(series) > 1:
        axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)
