"""The labelled near-duplicate set (tests/fixtures/similar_pairs.yaml) and its measurement.

Shared by tests/unit/test_similar_labelled.py and bench/bench_similar.py. Every
item is placed in a session of its own, so no pair is blocked as same-session.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import yaml

from sahel_panel.series.similar import Candidate, SimilarityResult

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "similar_pairs.yaml"


@dataclass(frozen=True)
class LabelledSet:
    items: list[dict]
    hard_negatives: list[tuple[str, str]]

    def candidates(self) -> list[Candidate]:
        return [Candidate(i["id"], f"session-{i['id']}", i["text"], i["language"]) for i in self.items]

    def meaning(self, item_id: str) -> str:
        return self._meanings[item_id]

    @property
    def _meanings(self) -> dict[str, str]:
        return {i["id"]: i["meaning"] for i in self.items}

    def labelled_pairs(self) -> list[tuple[str, str, str]]:
        """(id, id, kind) for every pair the fixture labels: kind is translation, paraphrase or hard_negative."""
        hard = {frozenset(p) for p in self.hard_negatives}
        pairs = []
        for a, b in itertools.combinations(self.items, 2):
            if a["meaning"] == b["meaning"]:
                pairs.append((a["id"], b["id"], "translation" if a["language"] != b["language"] else "paraphrase"))
            elif frozenset((a["meaning"], b["meaning"])) in hard:
                pairs.append((a["id"], b["id"], "hard_negative"))
        return pairs

    def duplicate_pairs(self, same_language_only: bool = False) -> set[frozenset[str]]:
        return {frozenset((a["id"], b["id"])) for a, b in itertools.combinations(self.items, 2)
                if a["meaning"] == b["meaning"] and (not same_language_only or a["language"] == b["language"])}


def load() -> LabelledSet:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return LabelledSet(items=data["items"], hard_negatives=[tuple(p) for p in data["hard_negatives"]])


@dataclass(frozen=True)
class Measure:
    precision: float
    recall: float
    suggested: int
    true_pairs: int
    false_positives: list[tuple[str, str]]

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f}, recall {self.recall:.3f} "
                f"({self.suggested} suggested, {self.true_pairs} true pairs)")


def measure(labelled: LabelledSet, result: SimilarityResult, truth: set[frozenset[str]] | None = None) -> Measure:
    """Precision and recall of ``result`` over ALL pairs of the set (every non-duplicate counts)."""
    truth = labelled.duplicate_pairs() if truth is None else truth
    got = {frozenset((s.a.id, s.b.id)) for s in result.suggestions}
    hits = len(got & truth)
    false = sorted(tuple(sorted(p)) for p in got if labelled.meaning(min(p)) != labelled.meaning(max(p)))
    return Measure(hits / len(got) if got else 0.0, hits / len(truth) if truth else 0.0, len(got), len(truth), false)
