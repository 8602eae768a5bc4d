"""Screenshots of every screen of ``speechconv serve`` at phone (390 px) and desktop (1440 px) widths.

    python scripts/serve_screens.py OUT_DIR [INPUT]      # INPUT: default the seed sample

Starts the server on a free 127.0.0.1 port, drives Debian's headless Chromium (chromium-driver, Selenium)
through the page — start, paste box, structure, removed text, source, preview, download options, the
"why?" evidence, English, an error — and the API docs, and saves one PNG of the screen per screen and width
(``OUT_DIR/desktop-03-structure.png``…). For looking at, not for tests: it asserts nothing.
"""
from __future__ import annotations

import argparse
import base64
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "county-work-meeting-2-speeches.txt"
WIDTHS = {"phone": (390, 844), "desktop": (1440, 900)}


def start_server() -> tuple[subprocess.Popen, str]:
    """Return the server process and its URL."""
    proc = subprocess.Popen([sys.executable, "-m", "speechconv.cli", "serve", "--no-browser", "--port", "0",
                             "--workers", "1"], stderr=subprocess.PIPE, text=True)
    match = re.search(r"http://127\.0\.0\.1:\d+/", proc.stderr.readline())
    if not match:
        proc.kill()
        raise SystemExit("the server did not start")
    return proc, match.group(0)


def browser():
    """Return a headless Chromium driven by Selenium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)


class Shooter:
    """Saves full-page screenshots of one width into ``out``."""

    def __init__(self, driver, out: Path, width_name: str) -> None:
        self.driver, self.out, self.width_name = driver, out, width_name
        width, height = WIDTHS[width_name]
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width_name == "phone"})
        self.count = 0

    def shot(self, name: str, full: bool = False) -> None:
        """Save what the screen shows (the whole page with ``full``) as ``<width>-NN-name.png``."""
        time.sleep(0.4)
        self.count += 1
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": full})
        path = self.out / f"{self.width_name}-{self.count:02d}-{name}.png"
        path.write_bytes(base64.b64decode(data["data"]))
        print(path)


def wait(driver, script: str, timeout: float = 60) -> None:
    """Wait until the JavaScript expression ``script`` is true."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if driver.execute_script(f"return !!({script});"):
            return
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {script}")


def drop(driver, path: Path) -> None:
    """Drop ``path`` on the drop zone."""
    holder = driver.execute_script("const i = document.createElement('input'); i.type = 'file'; i.hidden = true;"
                                   " document.body.append(i); return i;")
    holder.send_keys(str(path.resolve()))
    driver.execute_script("const [t, i] = arguments; const d = new DataTransfer(); for (const f of i.files) "
                          "d.items.add(f); t.dispatchEvent(new DragEvent('drop', {dataTransfer: d, bubbles: true, "
                          "cancelable: true}));", driver.find_element("id", "drop"), holder)


def tab(driver, pane: str) -> None:
    """Show ``pane`` (source, structure, preview) the way a user does on a narrow screen."""
    driver.execute_script(f"document.querySelector('[data-pane={pane}]').click(); "
                          "document.getElementById('doc').scrollIntoView();")


def screens(driver, url: str, shoot: Shooter, inputs: list[Path], blank: Path) -> None:
    """Walk through every screen of the page, shooting each."""
    driver.get(url + "?lang=zh")
    shoot.shot("start")
    driver.execute_script("document.getElementById('paste-box').open = true;")
    shoot.shot("paste")
    for path in inputs:
        drop(driver, path)
    wait(driver, "document.querySelectorAll('.file.ready, .file.error').length >= %d" % len(inputs))
    driver.execute_script("document.querySelector('.file-name').click();")
    wait(driver, "document.querySelector('.speech')")
    tab(driver, "structure")
    shoot.shot("structure")
    driver.execute_script("const d = document.querySelector('#dropped details'); if (d) { d.open = true; "
                          "d.scrollIntoView(); }")
    shoot.shot("removed")
    why = driver.execute_script("const b = document.querySelector('.line .why'); if (b) { b.click(); return true; }"
                                " return false;")
    if why:
        wait(driver, "document.querySelector('.why-box:not(.busy)')")
        driver.execute_script("document.querySelector('.why-box').scrollIntoView({block: 'center'});")
        shoot.shot("why")
    tab(driver, "source")
    shoot.shot("source")
    tab(driver, "preview")
    wait(driver, "document.querySelector('#pages img.page')")
    shoot.shot("preview")
    tab(driver, "structure")
    driver.execute_script("const e = document.getElementById('export'); e.querySelector('details').open = true; "
                          "e.scrollIntoView();")
    shoot.shot("download-options")
    driver.execute_script("document.getElementById('lang').click(); window.scrollTo(0, 0);")
    shoot.shot("english")
    driver.execute_script("document.getElementById('lang').click();")
    drop(driver, blank)
    wait(driver, "document.querySelector('.file.error')")
    driver.execute_script("document.querySelector('.file.error .file-name').click();")
    shoot.shot("error")
    driver.get(url + "docs")
    shoot.shot("api-docs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("inputs", nargs="*", type=Path, help="files to drop (default: the seed sample)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    blank = args.out / "blank.txt"
    blank.write_text("   \n", "utf-8")
    proc, url = start_server()
    driver = browser()
    try:
        for width_name in WIDTHS:
            screens(driver, url, Shooter(driver, args.out, width_name), args.inputs or [SEED], blank)
    finally:
        driver.quit()
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        blank.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
