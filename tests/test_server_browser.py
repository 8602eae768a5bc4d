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
    reasons = [r.get_attribute("textContent") for r in browser.find_elements(By.CSS_SELECTOR, "#dropped .reason")]
    assert "removed by hand" in reasons

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
