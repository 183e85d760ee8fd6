"""A change of structure changes no result: the core and mart tables of the seeds and of the labeled set
are the ones the snapshot holds (tests/snapshot.py says when and how to renew it)."""

from __future__ import annotations

import pytest

from tests.snapshot import fingerprint, stored


def test_the_seed_warehouse_matches_its_snapshot(seed_warehouse):
    producer = seed_warehouse.raw_dir.parent.name.rstrip("0123456789")
    assert fingerprint(seed_warehouse.warehouse) == stored(f"seeds-{producer}")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["eval-pdf-chromium", "eval-pdf-libreoffice"])  # the builds test_eval_bars scores
def test_the_labeled_set_matches_its_snapshot(name, labeled_builds):
    _score, found = labeled_builds[name.removeprefix("eval-pdf-")]
    assert found == stored(name)
