"""Feedback reports of the sixteenth held-out batch (dev split), in every printer: a report whose key sets
a kind's letter in quotes before the kind's words ("راهنمای کدها: «ق» نقطه قوت و «ب» زمینه قابل بهبود")
and tags each finding with that letter, its criterion and its number ("ق-۱-۱. ..."), in a script without
capitals; and a report whose key pairs check marks with the kinds ("(✓ نقطه قوت، ✗ زمینه قابل بهبود)"),
so that a strength worded with "بدون" (without) is still a strength."""

from __future__ import annotations

import pytest

from tests.rendered import document_facts, finding_groups, finding_rows, report_findings_read


def test_a_code_whose_letter_a_quoted_key_defines_gives_kind_and_criterion() -> None:
    """fa_u10: twelve findings "ق-۴-۱. ..." / "ب-۴-۱. ...": the first number the criterion, as the key says;
    the code is no part of the text."""
    label, findings = report_findings_read("heldout16", "fa_u10", 2024)
    assert finding_groups(findings) == finding_groups(label["findings"])
    assert findings[0].text.startswith("ارزش‌های سازمان مانند «ایمنی پیش از سرعت»")


def test_check_marks_the_key_pairs_with_kinds_give_each_finding_its_kind() -> None:
    """fa_u09: "✓ آب بدون درآمد ... کاهش یافته است." is a strength; no mark stays in a finding's text."""
    label, findings = report_findings_read("heldout16", "fa_u09", 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


@pytest.mark.slow
@pytest.mark.parametrize("printer", ["libreoffice", "weasyprint"])
@pytest.mark.parametrize("doc_id", ["fa_u09", "fa_u10"])
def test_the_keyed_reports_in_other_printers(printer: str, doc_id: str) -> None:
    """The same reports printed by LibreOffice and WeasyPrint: every finding, of its criterion and kind."""
    _label, chromium = report_findings_read("heldout16", doc_id, 2024)
    assert finding_groups(document_facts("heldout16", doc_id, printer).findings) == finding_groups(chromium)
