"""Shared fixtures: the rule-only pipeline (fast) and the shipped one, and the shared data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommunenlp.pipeline import load

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def rules_nlp():
    return load(None)


@pytest.fixture(scope="session")
def nlp():
    return load()


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "dev.jsonl").exists(),
                                  reason="../shared (dev set, seed) not present beside the checkout")
