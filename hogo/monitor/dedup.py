"""Near-duplicate articles: MinHash over word (or, for Japanese, character) shingles.

No ORM here. The same wire story arrives from several feeds with a changed
headline, a dropped paragraph or another site's footer; its shingles still
overlap far more than two different stories' do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from datasketch import MinHash  # type: ignore[import-untyped, unused-ignore]

NUM_PERM = 128
SIMILAR = 0.8  # estimated Jaccard similarity above which two articles are one


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def sha256(text: str) -> str:
    return hashlib.sha256(normalized(text).encode()).hexdigest()


def shingles(text: str, *, language: str) -> set[str]:
    plain = normalized(text)
    if language == "ja":
        compact = re.sub(r"\s", "", plain)
        return {compact[i : i + 4] for i in range(max(1, len(compact) - 3))}
    words = re.findall(r"\w+", plain)
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def signature(text: str, *, language: str) -> list[int]:
    sketch = MinHash(num_perm=NUM_PERM)
    sketch.update_batch([item.encode() for item in shingles(text, language=language)])
    return [int(value) for value in sketch.hashvalues]


def similarity(first: list[int], second: list[int]) -> float:
    if len(first) != NUM_PERM or len(second) != NUM_PERM:
        return 0.0
    a = MinHash(num_perm=NUM_PERM, hashvalues=first, scheme="affine32")
    b = MinHash(num_perm=NUM_PERM, hashvalues=second, scheme="affine32")
    return float(a.jaccard(b))
