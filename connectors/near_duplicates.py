"""Near-duplicate stories: MinHash signatures of word shingles, looked up with MinHashLSH.

The same story re-posted under a new guid or URL, or a wire copy with small edits, has a
high Jaccard similarity of its 3-word shingles; LSH finds candidates in constant time and
each candidate is confirmed by the signatures' estimated similarity. The index is bounded:
signatures older than `max_age` or beyond `max_items` (oldest first) are forgotten, so months
of running hold at most `max_items` signatures (about 2.7 KB each with 64 permutations).
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2's default; stored signatures are only comparable within it
SHINGLE_WORDS = 3
MIN_WORDS = 8  # shorter texts ("Video", "Live updates") are never judged near-duplicates
_WORD_RE = re.compile(r"\w+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations  # generated once: slow to make
# crc32 (C, 32-bit) instead of datasketch's default sha1: 4x faster per shingle, and the
# affine32 scheme pre-mixes every value with the MurmurHash3 finaliser anyway. Stored
# signatures are only comparable with signatures made with the same function.
_HASH = zlib.crc32


def shingles(text: str) -> list[bytes]:
    """The text's lower-cased 3-word shingles; empty when it has fewer than MIN_WORDS words."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - 2)]


def signature_of(text: str) -> LeanMinHash | None:
    """The MinHash of the text's shingles; None for texts too short to compare."""
    grams = shingles(text)
    if not grams:
        return None
    sketch = MinHash(
        num_perm=NUM_PERM, seed=1, hashfunc=_HASH, permutations=_PERMUTATIONS, scheme=SCHEME
    )
    sketch.update_batch(grams)
    return LeanMinHash(sketch)


def to_bytes(signature: LeanMinHash) -> bytes:
    return np.asarray(signature.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=SCHEME)


class NearDuplicateIndex:
    """Signatures of recently sent stories, by article id, oldest forgotten first."""

    def __init__(self, *, threshold: float, max_items: int, max_age: float) -> None:
        self.threshold = threshold
        self.max_items = max_items
        self.max_age = max_age  # seconds
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._items: OrderedDict[str, tuple[float, LeanMinHash]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def find(self, signature: LeanMinHash) -> str | None:
        """The id of a stored story at least `threshold` similar, if there is one."""
        best: tuple[float, str] | None = None
        for key in self._lsh.query(signature):
            similarity = signature.jaccard(self._items[key][1])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, key)
        return None if best is None else best[1]

    def add(self, key: str, signature: LeanMinHash, *, seen_at: float) -> None:
        """Remember a story; the oldest are evicted past max_items."""
        if key in self._items:
            self.remove(key)
        self._lsh.insert(key, signature, check_duplication=False)
        self._items[key] = (seen_at, signature)
        while len(self._items) > self.max_items:
            self.remove(next(iter(self._items)))

    def remove(self, key: str) -> None:
        if self._items.pop(key, None) is not None:
            self._lsh.remove(key)

    def load(self, rows: Iterable[tuple[str, float, bytes]]) -> None:
        """Stored signatures, oldest first (as `FeedState.signatures` gives them)."""
        for key, seen_at, blob in rows:
            self.add(key, from_bytes(blob), seen_at=seen_at)

    def expire(self, *, now: float) -> int:
        """Forget signatures older than max_age; returns how many went."""
        expired = [k for k, (seen_at, _) in self._items.items() if seen_at < now - self.max_age]
        for key in expired:
            self.remove(key)
        return len(expired)
