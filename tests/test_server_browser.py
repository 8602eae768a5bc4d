"""speechconv serve in a real Chromium (Debian's chromium and chromium-driver, driven by Selenium).

Drops the seed sample on the page, sees two speeches, changes a title, downloads the DOCX and finds the
new title in it. Skipped, with the reason, when chromium or its driver is not installed.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from .conftest import SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (apt-get install "
                                       "chromium chromium-driver; .ci/run installs them)")
if not (CHROMIUM and DRIVER) and os.environ.get("SPEECHCONV_CI"):  # .ci/run: never skipped there
    pytest.fail("CI runs the browser tests, but chromium or chromium-driver is missing; .ci/run installs "
                "them with apt-get", pytrace=False)
SEED = SAMPLES / "county-work-meeting-2-speeches.txt"
NEW_TITLE = "在全县乡村振兴工作会议上的新标题"


@pytest.fixture(scope="module")
def server():
    """Yield the URL of a real ``speechconv serve`` on a free loopback port; stop it with Ctrl-C."""
    proc = subprocess.Popen([sys.executable, "-m", "speechconv.cli", "serve", "--no-browser", "--port", "0",
                             "--workers", "1"], stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert match, f"serve did not say where it listens: {line!r}"
    yield match.group(0)
    proc.send_signal(signal.SIGINT)
    try:
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Yield a headless Chromium whose downloads go to a temporary folder (``browser.downloads``)."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for a browser
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1440,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.downloads = tmp_path_factory.mktemp("downloads")
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(driver.downloads)})
    yield driver
    driver.quit()


DROP = """
const [target, input] = arguments;
const data = new DataTransfer();
for (const file of input.files) data.items.add(file);
target.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
"""


def drop_file(driver, path: Path) -> None:
    """Drop ``path`` on the page's drop zone, as a file dragged from the desktop is."""
    from selenium.webdriver.common.by import By

    holder = driver.execute_script("const i = document.createElement('input'); i.type = 'file'; "
                                   "i.hidden = true; document.body.append(i); return i;")
    holder.send_keys(str(path))
    driver.execute_script(DROP, driver.find_element(By.ID, "drop"), holder)


def wait_for(condition, timeout: float = 30.0):
    """Return the first true value of ``condition()`` within ``timeout`` seconds, else fail."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail("the page did not get there in time")


def docx_text(path: Path) -> str:
    """Return the text of a DOCX's body (the runs' text joined)."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_drop_correct_the_title_and_download_the_docx(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    drop_file(browser, SEED)
    speeches = wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 2
                        and browser.find_elements(By.CSS_SELECTOR, ".speech"))
    titles = [s.find_element(By.CSS_SELECTOR, ".role-title .text").text for s in speeches]
    assert titles == ["在全县乡村振兴工作推进会上的讲话"] * 2
    assert "2 篇讲话" in browser.find_element(By.ID, "files").text
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#pages img.page"))  # the preview came

    title = speeches[0].find_element(By.CSS_SELECTOR, ".role-title .text")
    title.click()
    title.send_keys(Keys.CONTROL, "a")
    title.send_keys(NEW_TITLE)
    browser.find_element(By.ID, "doc-name").click()  # leave the line: the edit goes into the model
    first = browser.find_element(By.CSS_SELECTOR, ".speech[data-speech='0'] .role-title .text")
    assert first.text == NEW_TITLE

    browser.find_element(By.ID, "download-one").click()
    docx = wait_for(lambda: [p for p in browser.downloads.glob("*.docx")])[0]
    assert docx.name == "county-work-meeting-2-speeches.docx"
    text = wait_for(lambda: zipfile.is_zipfile(docx) and docx_text(docx))
    assert NEW_TITLE in text
    assert text.count("在全县乡村振兴工作推进会上的讲话") == 1  # the second speech kept its title


def test_roles_change_and_the_english_switch(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server)
    drop_file(browser, SEED)
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 2)
    line = browser.find_elements(By.CSS_SELECTOR, ".speech[data-speech='0'] .line")[1]
    assert line.get_attribute("data-role") == "subtitle"
    Select(line.find_element(By.CSS_SELECTOR, "select.role")).select_by_value("dropped")
    dropped = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#dropped del"))
    assert "——在20XX年全县乡村振兴工作推进会上" in [d.get_attribute("textContent") for d in dropped]
    reasons = browser.find_elements(By.CSS_SELECTOR, "#dropped .reason")
    assert ("手动删除", "removed by hand") in [(r.get_attribute("textContent"), r.get_attribute("title")) for r in reasons]

    browser.find_element(By.CSS_SELECTOR, ".speech[data-speech='1'] .speech-head button").click()  # merge
    assert len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 1

    browser.find_element(By.ID, "lang").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.CSS_SELECTOR, "#add h2").text == "Add speeches"
    assert browser.find_element(By.CSS_SELECTOR, ".speech h4").text == "Speech 1"
    browser.find_element(By.ID, "lang").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert browser.get_log("browser") == []  # no script error, no CSP refusal


def test_formats_are_chosen_together_and_one_always_stays(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server)
    drop_file(browser, SEED)
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 2)
    boxes = {b.get_attribute("value"): b for b in browser.find_elements(By.CSS_SELECTOR, "input[name=to]")}
    assert list(boxes) == ["docx", "pdf", "ofd"] and boxes["docx"].is_selected()
    boxes["docx"].click()  # the only one chosen: it stays chosen
    assert boxes["docx"].is_selected()
    boxes["ofd"].click()
    boxes["docx"].click()  # now OFD alone
    assert [v for v, b in boxes.items() if b.is_selected()] == ["ofd"]
    before = set(browser.downloads.glob("*.ofd"))
    browser.find_element(By.ID, "download-one").click()
    ofd = wait_for(lambda: [p for p in browser.downloads.glob("*.ofd") if p not in before])[0]
    assert ofd.name == "county-work-meeting-2-speeches.ofd"
    assert wait_for(lambda: zipfile.is_zipfile(ofd) and "OFD.xml" in zipfile.ZipFile(ofd).namelist())


ROUND_TRIP = """
const [model, done] = [arguments[0], arguments[arguments.length - 1]];
import('/static/model.js').then((m) => {
  const state = m.fromModel(JSON.parse(model));
  const untouched = JSON.stringify(m.toModel(state));
  // lines: title, byline, date, two salutation lines, then the blocks: edit the text of block 0 and
  // the role of block 2 (both with hints), leave block 3 (hints too) alone
  m.setRuns(state, 0, 5, [{ index: 0, text: "改过的一段话。" }]);
  m.setRole(state, 0, 7, "lead");
  done([untouched, JSON.stringify(m.toModel(state))]);
}, (error) => done(String(error)));
"""


def hinted_model() -> dict:
    """Return the two-speech fixture (schema 1.1) with hints on its first body paragraphs."""
    import json

    from .conftest import DATA

    model = json.loads((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    model["schema"] = "speechconv/1.1"
    blocks = model["speeches"][0]["blocks"]
    for i, hints in ((0, {"align": "center", "bold": True}), (2, {"indent": 2, "blank_before": True}),
                     (3, {"size": 1.2})):
        assert blocks[i]["type"] == "paragraph"
        blocks[i]["hints"] = hints
    return model


def test_the_editor_keeps_a_model_it_does_not_touch_and_the_hints_of_lines_it_does_not_edit(server, browser):
    import json

    import speechconv

    browser.get(server)
    for model, edits in ((hinted_model(), True), (speechconv.read(SEED).to_dict(), False)):
        untouched, edited = browser.execute_async_script(ROUND_TRIP, json.dumps(model, ensure_ascii=False))
        assert json.loads(untouched) == model
        if not edits:       # the seed page: only that an untouched model comes back as it was
            continue
        lines = speechconv.Document.from_json(edited).speeches[0]
        before = speechconv.Document.from_dict(model).speeches[0]
        assert lines.blocks[0].text == "改过的一段话。" and lines.blocks[2].role == "lead"
        assert before.blocks[3].hints and lines.blocks[3].hints == before.blocks[3].hints  # untouched
        assert lines.blocks[1:] != before.blocks[1:] and lines.blocks[3:] == before.blocks[3:]


def test_hints_are_never_shown_as_text(server, browser, tmp_path):
    import json

    from selenium.webdriver.common.by import By

    path = tmp_path / "hinted.json"
    path.write_text(json.dumps(hinted_model(), ensure_ascii=False), "utf-8")
    browser.get(server)
    drop_file(browser, path)
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 2)
    shown = browser.find_element(By.ID, "pane-structure").text
    for word in ("center", "blank_before", "indent", "hints", "1.2"):
        assert word not in shown
    assert "今天，我们在这里召开全市文化工作推进会" in shown


def test_why_says_a_heading_was_read_by_its_number(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server)
    drop_file(browser, SEED)
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".speech")) == 2)
    heading = browser.find_element(By.CSS_SELECTOR, ".speech[data-speech='0'] .role-heading1")
    heading.find_element(By.CSS_SELECTOR, ".tools .why").click()
    box = wait_for(lambda: heading.find_elements(By.CSS_SELECTOR, ".why-box:not(.busy)"))[0]
    # the reading takes it for a heading, or for body text that the body rules make a heading by its number
    assert "识别为「小标题」" in box.text or (
        "识别为「正文」" in box.text and "随后，正文规则按编号「一、」把它定为「一级标题 一、」。" in box.text)
    assert "编号像一级标题（一、）" in box.text and "form:h1" in box.text
    heading.find_element(By.CSS_SELECTOR, ".tools .why").click()  # again: closed
    assert not heading.find_elements(By.CSS_SELECTOR, ".why-box")
    assert browser.get_log("browser") == []


TRANSLATE = """
const [reasons, codes, done] = arguments;
import("/static/i18n.js").then((i18n) => done({
  zh: reasons.map(i18n.reasonText), warnings: codes.map((c) => i18n.warningText(`${c}: text (hint)`)),
})).catch((e) => done({ error: String(e) }));
"""


def test_every_removal_reason_and_warning_reads_in_chinese(server, browser):
    """The page's own lookup (i18n.js reasonText, warningText) gives Chinese for every reason and code the
    code can record, the templated ones (a second date) with their part translated too."""
    from .test_reason_texts import FILLS, code_reasons, code_warnings

    whole, templates = code_reasons()
    reasons = sorted(whole | {t.format(v) for t in templates for v in FILLS[t]})
    codes = sorted(code_warnings())
    browser.get(server)
    answer = browser.execute_async_script(TRANSLATE, reasons, codes)
    assert "error" not in answer, answer
    for reason, text in zip(reasons, answer["zh"]):
        assert re.search(r"[\u4e00-\u9fff]", text) and "{}" not in text, (reason, text)
        assert not re.search(r"[A-Za-z]", text.replace("Word", "")), (reason, text)   # no English part left
    assert dict(zip(reasons, answer["zh"]))["structure: a second date (the first stands)"] == "多出的日期（保留第一个）"
    assert all(answer["warnings"]), dict(zip(codes, answer["warnings"]))
    assert browser.get_log("browser") == []
