"""Batch conversion on real pages: mirrored trees, failures, resume, atomicity, Ctrl-C, stdin, Dask."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from speechconv.batch import BatchInterrupted, convert_many, find_inputs, plan, run_job
from speechconv.cli import main
from speechconv.errors import EXIT_CODES

from .conftest import SAMPLES, corpus_file

SAMPLE_TXT = SAMPLES / "county-work-meeting-2-speeches.txt"
SAMPLE_HTML = SAMPLES / "school-opening-ceremony.html"


def _tree(root: Path) -> Path:
    """Return a folder of real pages in sub-folders, plus files the batch must not take."""
    (root / "county").mkdir(parents=True)
    (root / "school" / "2024").mkdir(parents=True)
    (root / ".hidden").mkdir()
    shutil.copy(SAMPLE_TXT, root / "county" / "meeting.txt")
    shutil.copy(SAMPLE_HTML, root / "school" / "2024" / "opening.html")
    shutil.copy(SAMPLE_TXT, root / ".hidden" / "ignored.txt")
    (root / "notes.md").write_text("# not a page\n", "utf-8")
    return root


def _files(folder: Path) -> list[str]:
    """Return the files below ``folder`` as sorted relative posix paths."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _leftovers(folder: Path) -> list[str]:
    """Return the temporary files an interrupted write would leave behind."""
    return [p.name for p in folder.rglob("*") if p.name.endswith(".part") or p.name.startswith(".")]


def test_outputs_mirror_the_input_tree(tmp_path):
    pages = _tree(tmp_path / "pages")
    out = tmp_path / "out"
    report = convert_many([pages], out, to="pdf,docx,json", jobs=1)
    assert report.counts() == {"total": 2, "ok": 2, "failed": 0, "skipped": 0, "cancelled": 0}
    assert _files(out) == ["county/meeting.docx", "county/meeting.json", "county/meeting.pdf",
                           "school/2024/opening.docx", "school/2024/opening.json",
                           "school/2024/opening.pdf"]
    assert (out / "county" / "meeting.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "school" / "2024" / "opening.docx").read_bytes().startswith(b"PK")
    doc = json.loads((out / "county" / "meeting.json").read_text("utf-8"))
    assert doc["speeches"][0]["title"] == "在全县乡村振兴工作推进会上的讲话"
    first = report.results[0]
    assert first.input == str(pages / "county" / "meeting.txt")
    assert first.outputs == [str(out / "county" / f"meeting.{s}") for s in ("pdf", "docx", "json")]


def test_glob_chooses_the_files_taken_from_folders(tmp_path):
    pages = _tree(tmp_path / "pages")
    report = convert_many([pages], tmp_path / "out", to="md", jobs=1, patterns=["*.HTML"])
    assert [r.input for r in report.results] == [str(pages / "school" / "2024" / "opening.html")]
    found, _ = find_inputs([pages], ["county/*.txt"])
    assert [Path(f).name for f, _ in found] == ["meeting.txt"]


def _with_bad_files(root: Path) -> Path:
    """Return a folder with two real pages and two inputs that cannot be converted."""
    root.mkdir()
    shutil.copy(SAMPLE_TXT, root / "good.txt")
    shutil.copy(SAMPLE_HTML, root / "good.html")
    (root / "empty.txt").write_bytes(b"")
    (root / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return root


def test_a_bad_file_is_recorded_and_the_others_are_converted_in_worker_processes(tmp_path):
    pages = _with_bad_files(tmp_path / "pages")
    out = tmp_path / "out"
    report = convert_many([pages], out, to="pdf", jobs=2)
    status = {Path(r.input).name: r.status for r in report.results}
    assert status == {"empty.txt": "failed", "good.html": "ok", "good.txt": "ok", "picture.html": "failed"}
    errors = {Path(r.input).name: r.error for r in report.failed}
    assert errors["empty.txt"]["type"] == "InputError" and errors["empty.txt"]["exit_code"] == 3
    assert "PNG" in errors["picture.html"]["message"]
    assert _files(out) == ["good.html.pdf", "good.txt.pdf"]
    workers = {r.worker for r in report.results if r.status == "ok"}
    assert os.getpid() not in workers
    assert all(r.peak_rss_mb and r.peak_rss_mb > 10 for r in report.results if r.status == "ok")


def test_inputs_sharing_a_name_keep_their_suffix(tmp_path):
    pages = _with_bad_files(tmp_path / "pages")
    found, _ = find_inputs([pages / "good.txt", pages / "good.html"])
    jobs, refused = plan(found, tmp_path / "out", ["pdf"])
    assert not refused
    assert [Path(t.path).name for j in jobs for t in j.targets] == ["good.txt.pdf", "good.html.pdf"]


def test_cli_exit_codes(tmp_path):
    runner = CliRunner()
    pages = _tree(tmp_path / "pages")
    ok = runner.invoke(main, ["batch", str(pages), "-o", str(tmp_path / "o1"), "--to", "md", "-j", "1"])
    assert ok.exit_code == 0, ok.output
    assert "[1/2] ok " in ok.stderr and "[2/2] ok " in ok.stderr
    bad = _with_bad_files(tmp_path / "bad")
    some = runner.invoke(main, ["batch", str(bad), "-o", str(tmp_path / "o2"), "--to", "md", "-j", "1"])
    assert some.exit_code == EXIT_CODES["batch-failed"] == 9
    assert some.stderr.splitlines()[-1] == (f"error: batch: 2 of 4 inputs failed; the report "
                                            f"{tmp_path / 'o2' / 'report.json'} says why for each")
    none = runner.invoke(main, ["batch", str(tmp_path / "o1"), "-o", str(tmp_path / "o3")])
    assert none.exit_code == EXIT_CODES["input"] and "no input files found" in none.stderr
    usage = runner.invoke(main, ["batch", str(pages), "-o", str(tmp_path / "o4"), "--to", "odt"])
    assert usage.exit_code == EXIT_CODES["usage"]


def test_report_json_says_what_happened_to_each_file(tmp_path, seed_path):
    pages = _with_bad_files(tmp_path / "pages")
    shutil.copy(seed_path, pages / "seed.txt")
    report_file = tmp_path / "logs" / "run.json"
    result = CliRunner().invoke(main, ["batch", str(pages), "-o", str(tmp_path / "out"), "--to", "json",
                                       "-j", "1", "--report", str(report_file)])
    assert result.exit_code == 9
    assert f"report: {report_file}" in result.stdout
    assert not (tmp_path / "out" / "report.json").exists()
    data = json.loads(report_file.read_text("utf-8"))
    assert data["schema"] == "speechconv-batch/1" and data["formats"] == ["json"]
    assert data["counts"] == {"total": 5, "ok": 3, "failed": 2, "skipped": 0, "cancelled": 0}
    files = {Path(f["input"]).name: f for f in data["files"]}
    seed = files["seed.txt"]
    assert seed["status"] == "ok" and seed["error"] is None and seed["seconds"] > 0
    assert seed["outputs"] == [str(tmp_path / "out" / "seed.json")]
    assert [w["code"] for w in seed["warnings"]] == ["lossy-char"]
    empty = files["empty.txt"]
    assert empty["status"] == "failed" and empty["outputs"] == []
    assert empty["error"]["type"] == "InputError" and "empty" in empty["error"]["message"]


def test_resume_skips_inputs_whose_outputs_are_newer(tmp_path):
    pages = _tree(tmp_path / "pages")
    out = tmp_path / "out"
    convert_many([pages], out, to="json,md", jobs=1)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.*")}
    again = convert_many([pages], out, to="json,md", jobs=1, resume=True)
    assert [r.status for r in again.results] == ["skipped", "skipped"]
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.*")} == stamps
    changed = pages / "school" / "2024" / "opening.html"
    later = stamps[out / "county" / "meeting.json"] + 5_000_000_000
    os.utime(changed, ns=(later, later))
    (out / "county" / "meeting.md").unlink()
    third = convert_many([pages], out, to="json,md", jobs=1, resume=True)
    assert [r.status for r in third.results] == ["ok", "ok"]
    assert (out / "county" / "meeting.md").is_file()


def _failing_writer(monkeypatch, after: bytes, exc: BaseException) -> None:
    """Make every writer write ``after`` and then raise ``exc``."""
    import speechconv.writers as writers

    def writer(doc, out, profile):
        out.write(after)
        raise exc

    monkeypatch.setattr(writers, "get_writer", lambda fmt: writer)


def test_a_failing_write_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    pages = _tree(tmp_path / "pages")
    out = tmp_path / "out"
    old = out / "county" / "meeting.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"%PDF-old and complete")
    _failing_writer(monkeypatch, b"%PDF-half", RuntimeError("disk trouble"))
    report = convert_many([pages], out, to="pdf", jobs=1)
    assert [r.status for r in report.results] == ["failed", "failed"]
    assert "internal error (RuntimeError: disk trouble)" in report.results[0].error["message"]
    assert "Traceback" in report.results[0].error["traceback"]
    assert old.read_bytes() == b"%PDF-old and complete"
    assert _files(out) == ["county/meeting.pdf"] and not _leftovers(out)


def test_ctrl_c_inside_a_write_keeps_finished_files_and_no_partial_one(tmp_path, monkeypatch):
    pages = _tree(tmp_path / "pages")
    out = tmp_path / "out"
    seen = []

    def progress(snap):
        seen.append(snap.done)
        if snap.done == 1:
            _failing_writer(monkeypatch, b"%PDF-half", KeyboardInterrupt())

    with pytest.raises(BatchInterrupted) as info:
        convert_many([pages], out, to="pdf", jobs=1, progress=progress)
    report = info.value.report
    assert report.interrupted and not report.all_ok
    assert [r.status for r in report.results] == ["ok", "cancelled"]
    assert _files(out) == ["county/meeting.pdf"] and not _leftovers(out)
    assert (out / "county" / "meeting.pdf").read_bytes().startswith(b"%PDF-1")


def test_time_limit_stops_a_document_and_the_batch_goes_on(tmp_path, seed_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(seed_path, pages / "seed.txt")
    report = convert_many([pages], tmp_path / "out", to="pdf", jobs=1, time_limit=0.001)
    assert report.results[0].status == "failed"
    assert report.results[0].error["type"] == "TimeLimitError"
    assert not (tmp_path / "out").exists() or not _files(tmp_path / "out")


def test_outputs_never_escape_the_output_folder(tmp_path, monkeypatch):
    work = tmp_path / "work" / "here"
    work.mkdir(parents=True)
    (tmp_path / "work" / "other").mkdir()
    shutil.copy(SAMPLE_TXT, tmp_path / "work" / "other" / "up.txt")
    shutil.copy(SAMPLE_TXT, tmp_path / "top.txt")
    monkeypatch.chdir(work)
    report = convert_many(["../other/up.txt", "../../top.txt"], "out", to="md", jobs=1)
    assert report.counts()["ok"] == 2
    assert _files(tmp_path) == ["top.txt", "work/here/out/top.md", "work/here/out/work/other/up.md",
                                "work/other/up.txt"]
    assert report.results[0].outputs == [os.path.join("out", "work", "other", "up.md")]


def test_a_link_out_of_the_output_folder_is_refused(tmp_path):
    pages = _tree(tmp_path / "pages")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "county").symlink_to(elsewhere, target_is_directory=True)
    report = convert_many([pages], out, to="md", jobs=1)
    county = report.results[0]
    assert county.status == "failed" and "would leave the output folder" in county.error["message"]
    assert report.results[1].status == "ok"
    assert list(elsewhere.iterdir()) == []


def test_stdin_lists_the_inputs(tmp_path):
    pages = _tree(tmp_path / "pages")
    listing = f"{pages / 'county' / 'meeting.txt'}\n\n# a comment\n{pages / 'school'}\n"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(out), "--to", "md", "-j", "1"], input=listing)
    assert result.exit_code == 0, result.output
    assert _files(out) == ["county/meeting.md", "report.json", "school/2024/opening.md"]


def test_the_dask_executor_runs_the_batch(tmp_path):
    distributed = pytest.importorskip(
        "dask.distributed", reason="Dask is not installed: pip install 'speechconv[dask]' to run this test")
    pages = _with_bad_files(tmp_path / "pages")
    out = tmp_path / "out"
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = convert_many([pages], out, to="pdf,json", executor=client.get_executor())
    assert {Path(r.input).name: r.status for r in report.results} == {
        "empty.txt": "failed", "good.html": "ok", "good.txt": "ok", "picture.html": "failed"}
    assert _files(out) == ["good.html.json", "good.html.pdf", "good.txt.json", "good.txt.pdf"]
    assert (out / "good.txt.pdf").read_bytes().startswith(b"%PDF-")


def test_ctrl_c_stops_a_running_batch_cleanly(tmp_path):
    seed = corpus_file("xuexila-women-rights-speeches.txt")
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        shutil.copy(seed, pages / f"speech{i:02d}.txt")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "speechconv.cli", "batch", str(pages), "-o", str(out),
                             "--to", "pdf,docx", "-j", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        first = proc.stderr.readline()
        assert first.startswith("[1/40] ok "), first
        os.killpg(proc.pid, signal.SIGINT)      # as a terminal does: the whole process group
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == EXIT_CODES["interrupted"] == 130, err
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["interrupted"] is True
    assert report["counts"]["cancelled"] > 0 and report["counts"]["ok"] >= 1
    assert not _leftovers(out)
    for entry in report["files"]:
        if entry["status"] == "ok":
            pdf, docx = (Path(p) for p in entry["outputs"])
            assert pdf.read_bytes().rstrip().endswith(b"%%EOF") and docx.read_bytes().startswith(b"PK")
    written = {p.name for p in out.iterdir()} - {"report.json"}
    assert len(written) == 2 * report["counts"]["ok"]


def _crash_on_marked(job, settings):
    """Stand-in for run_job that kills its worker process on an input named crash*.txt."""
    if Path(job.path).name.startswith("crash"):
        os._exit(3)
    return run_job(job, settings)


def test_a_file_that_kills_its_worker_fails_alone(tmp_path, monkeypatch):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import speechconv.batch as batch

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(5):
        shutil.copy(SAMPLE_TXT, pages / f"page{i}.txt")
    shutil.copy(SAMPLE_TXT, pages / "crash.txt")
    # Forked workers see the patched module (the pool looks both names up in batch.pool), so the
    # stand-in runs in them.
    monkeypatch.setattr(batch.pool, "make_pool", lambda workers, settings: ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork")))
    monkeypatch.setattr(batch.pool, "run_job", _crash_on_marked)
    report = convert_many([pages], tmp_path / "out", to="md", jobs=2)
    status = {Path(r.input).name: (r.status, r.error and r.error["type"]) for r in report.results}
    assert status.pop("crash.txt") == ("failed", "WorkerDied")
    assert set(status.values()) == {("ok", None)} and len(status) == 5


def test_profile_and_passes_reach_every_document(tmp_path):
    runner = CliRunner()
    pages = _tree(tmp_path / "pages")
    bad = runner.invoke(main, ["batch", str(pages), "-o", str(tmp_path / "o1"), "--profile",
                               str(tmp_path / "none.toml")])
    assert bad.exit_code == EXIT_CODES["profile"] and "profile file not found" in bad.stderr
    assert not (tmp_path / "o1").exists() or not _files(tmp_path / "o1")
    whole = runner.invoke(main, ["batch", str(pages / "county"), "-o", str(tmp_path / "o2"), "--to", "json",
                                 "--no-pass", "split", "-j", "1"])
    assert whole.exit_code == 0, whole.output
    doc = json.loads((tmp_path / "o2" / "meeting.json").read_text("utf-8"))
    assert len(doc["speeches"]) == 1
