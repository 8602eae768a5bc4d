"""Small parts of the batch package that the CLI shows: the stdin listing, rates, one line a result."""
from __future__ import annotations

import pytest

from speechconv.batch import FileResult, Progress, Report, listed


def test_a_dash_is_replaced_by_the_listed_paths():
    lines = iter(["a.html\n", "\n", "  # a comment\n", "b c.txt\r\n"])
    assert listed(["x", "-", "y"], lines) == ["x", "a.html", "b c.txt", "y"]
    assert listed(["x"], iter(["never read\n"])) == ["x"]


@pytest.mark.parametrize("ok, failed, elapsed, rate, eta", [
    (0, 0, 5.0, 0.0, None), (3, 1, 2.0, 2.0, 2.0), (4, 0, 0.0, 0.0, None)])
def test_progress_rate_and_time_left(ok, failed, elapsed, rate, eta):
    snap = Progress(total=10, done=ok + failed + 2, ok=ok, failed=failed, skipped=2, elapsed=elapsed, last=None)
    assert (snap.rate, snap.eta) == (rate, eta)


def test_a_result_in_one_line_and_the_report_rate():
    ok = FileResult("a.html", "ok", ["o/a.pdf", "o/a.docx"], 0.214, [{"code": "x"}] * 2)
    bad = FileResult("b.txt", "failed", error={"message": "b.txt: the file is empty"})
    fresh = FileResult("c.txt", "skipped", ["o/c.pdf"])
    assert [r.describe() for r in (ok, bad, fresh)] == [
        "ok a.html -> o/a.pdf, o/a.docx (0.21 s, 2 warnings)", "error: b.txt: the file is empty",
        "skipped c.txt (outputs up to date)"]
    assert Report("o", ("pdf",), [ok, bad, fresh], seconds=4.0).rate == 0.5
