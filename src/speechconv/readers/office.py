"""Word 97 (.doc), WPS (.wps), OpenDocument (.odt) and RTF files: converted to DOCX by LibreOffice, then
read by the DOCX reader.

LibreOffice runs headless in a new process per file, with a private profile in a temporary folder (so
conversions never share or damage a user's profile, and several may run at once), macros switched off
in that profile, standard input closed, and a time limit after which the whole process group is
killed. The file, the profile and the converted DOCX live in that temporary folder, removed afterwards.
Without LibreOffice the file is refused with a one-line error naming the package to install.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from ..limits import LIMITS, Limits
from ..model import Document, Source
from . import Finished

#: Seconds LibreOffice may take for one file (a 300-page .doc converts in about 10 s).
TIME_LIMIT = 120.0
#: The Debian/Ubuntu package that gives a headless LibreOffice Writer.
PACKAGE = "libreoffice-writer-nogui"
#: Names LibreOffice's launcher goes by, tried in order (``SPEECHCONV_SOFFICE`` names one directly).
_LAUNCHERS = ("soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice",
              "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice")
#: POSIX: LibreOffice runs in a process group of its own, killed as a whole at the time limit.
_GROUPS = hasattr(os, "killpg")
#: The input's suffix as LibreOffice is given it, by sniffed kind (it detects the real type by content).
_SUFFIX = {"doc": ".doc", "rtf": ".rtf", "odt": ".odt"}
#: The private profile's settings: macros never run (security level "very high", execution disabled).
_NO_MACROS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def find_soffice() -> str | None:
    """Return the path of LibreOffice's ``soffice`` launcher, or None when LibreOffice is not installed."""
    named = os.environ.get("SPEECHCONV_SOFFICE")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    for name in _LAUNCHERS:
        found = shutil.which(name) or (name if name.startswith("/") and Path(name).is_file() else None)
        if found:
            return found
    return None


def _what(kind: str) -> str:
    return {"doc": "a Word 97–2003 or WPS document", "rtf": "an RTF document",
            "odt": "an OpenDocument text"}.get(kind, "an office document")


def to_docx(data: bytes, kind: str, name: str | None, time_limit: float = TIME_LIMIT) -> bytes:
    """Return the DOCX that LibreOffice makes of ``data`` (a file of sniffed ``kind``: doc, rtf, odt).

    Raises InputError when LibreOffice is not installed, takes longer than ``time_limit`` seconds, or
    makes no DOCX (a damaged, password-protected or non-text file).
    """
    soffice = find_soffice()
    if soffice is None:
        raise InputError(f"this is {_what(kind)}; reading it needs LibreOffice, which is not installed: "
                         f"install it (apt install {PACKAGE}) or save the file as .docx and convert that", name)
    with tempfile.TemporaryDirectory(prefix="speechconv-office-") as tmp:
        folder = Path(tmp)
        source = folder / ("input" + _SUFFIX.get(kind, ".doc"))
        source.write_bytes(data)
        profile = folder / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_NO_MACROS, "utf-8")
        out = folder / "out"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to",
                   "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        detail = _run(command, folder, time_limit, name)
        result = out / "input.docx"
        if not result.is_file():
            raise InputError(f"LibreOffice could not convert it{detail}; the file may be damaged or "
                             "password-protected — open it in Word or WPS and save it as .docx", name)
        return result.read_bytes()


def _run(command: list[str], folder: Path, time_limit: float, name: str | None) -> str:
    """Run LibreOffice in its own process group; return its last error line (``" (…)"``, or '').

    Raises InputError when it runs past ``time_limit`` (the whole group is killed) or cannot start.
    """
    env = {**os.environ, "HOME": str(folder), "TMPDIR": str(folder), "SAL_USE_VCLPLUGIN": "svp"}
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=folder, env=env, start_new_session=_GROUPS)
    except OSError as exc:
        raise InputError(f"LibreOffice could not be started ({exc}); reinstall it ({PACKAGE})", name) from None
    try:
        _, err = proc.communicate(timeout=time_limit)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise InputError(f"LibreOffice took more than {time_limit:g} s to convert it; the file may be "
                         "damaged — open it in Word or WPS and save it as .docx", name) from None
    finally:
        if proc.poll() is None:
            _kill(proc)
    lines = [ln.strip() for ln in err.decode("utf-8", "replace").splitlines()
             if ln.strip() and "javaldx" not in ln]
    return f" ({lines[-1][:200]})" if lines else ""


def _kill(proc: subprocess.Popen) -> None:
    """Kill LibreOffice's whole process group (the launcher and the office process it started)."""
    try:
        if _GROUPS:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def read_office(data: bytes, source: Source | None = None, *, limits: Limits = LIMITS) -> Document | Finished:
    """Return what the DOCX reader makes of the DOCX LibreOffice converts ``data`` to (a .doc, .wps,
    .rtf or .odt file; see :func:`to_docx`).

    Raises InputError as :func:`to_docx` and the DOCX reader do.
    """
    from .docx import read_docx

    source = source or Source(format="doc")
    docx = to_docx(data, source.format if source.format in _SUFFIX else "doc", None)  # the caller adds the path
    return read_docx(docx, source, limits=limits)
