// The page: add inputs (files, a folder, pasted text or web content), review and correct each one's
// structure, preview the printed pages and download. It talks only to this server's /api/*.
import { Editor } from "./editor.js";
import { fromModel, toModel } from "./model.js";
import { language, setLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
// the suffixes the readers take, from the server (a file in a dropped folder is added when it has one)
const SUFFIXES = document.body.dataset.suffixes.split(",").filter(Boolean);
const isInput = (name) => SUFFIXES.some((suffix) => name.toLowerCase().endsWith(suffix));
const docs = [];          // {id, name, status, error, state, warnings, source}
let current = null;
let previewTimer = null;
let previewSerial = 0;
let nextId = 1;
let pastedHtml = null;

const editor = new Editor($("speeches"), $("dropped"), $("warnings"), () => schedulePreview());

function toast(message, isError = false) {
  const box = $("toast");
  box.textContent = message;
  box.className = isError ? "error" : "";
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, isError ? 9000 : 3500);
}

async function errorOf(response) {
  try { return (await response.json()).error || response.statusText; } catch { return `${response.status} ${response.statusText}`; }
}

function progress(box, done, total, label) {
  box.hidden = false;
  box.firstElementChild.style.width = `${total ? Math.round((100 * done) / total) : 0}%`;
  box.lastElementChild.textContent = label;
}

// ---- adding inputs ---------------------------------------------------------------------------------

async function addInputs(items) {
  if (!items.length) return;
  const added = items.map((item) => {
    const doc = { id: nextId++, name: item.name, status: "waiting", item };
    docs.push(doc);
    return doc;
  });
  renderFiles();
  const box = $("read-progress");
  let done = 0;
  for (const doc of added) {
    progress(box, done, added.length, t("reading", { done: done + 1, total: added.length }));
    await readOne(doc);
    done += 1;
    if (!current || current.status !== "ready") select(doc);
    renderFiles();
  }
  progress(box, done, added.length, t("reading", { done, total: added.length }));
  setTimeout(() => { box.hidden = true; }, 800);
}

async function readOne(doc) {
  doc.status = "reading";
  renderFiles();
  const form = new FormData();
  if (doc.item.file) form.append("file", doc.item.file, doc.item.name);
  else { form.append("text", doc.item.text); form.append("name", doc.item.name); }
  try {
    const response = await fetch("/api/read?source=1", { method: "POST", body: form });
    if (!response.ok) throw new Error(await errorOf(response));
    const answer = await response.json();
    Object.assign(doc, { status: "ready", state: fromModel(answer.document), warnings: answer.warnings,
      source: answer.source });
  } catch (error) {
    Object.assign(doc, { status: "error", error: error.message });
  }
  delete doc.item;
}

async function filesOfEntry(entry, out) {
  if (entry.isFile) {
    if (isInput(entry.name)) out.push(await new Promise((ok, fail) => entry.file(ok, fail)));
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
      if (!batch.length) break;
      for (const child of batch) await filesOfEntry(child, out);
    }
  }
  return out;
}

async function onDrop(event) {
  event.preventDefault();
  $("drop").classList.remove("over");
  const entries = [...event.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  let files = [];
  if (entries.length) for (const entry of entries) await filesOfEntry(entry, files);
  else files = [...event.dataTransfer.files];
  await addInputs(files.map((file) => ({ file, name: file.name })));
}

function onPickFolder(input) {
  const files = [...input.files].filter((f) => isInput(f.name));
  input.value = "";
  return addInputs(files.map((file) => ({ file, name: file.name })));
}

function onPaste(event) {
  const html = event.clipboardData && event.clipboardData.getData("text/html");
  pastedHtml = html && html.trim() ? html : null;
  $("paste-kind").hidden = !pastedHtml;
}

function readPasted() {
  const text = pastedHtml || $("paste").value;
  if (!text.trim()) return;
  addInputs([{ text, name: t("pastedName") }]);
  $("paste").value = "";
  pastedHtml = null;
  $("paste-kind").hidden = true;
}

// ---- the file list and the selected document ------------------------------------------------------

function renderFiles() {
  $("files-card").hidden = !docs.length;
  document.body.classList.toggle("has-docs", docs.length > 0);
  $("export").hidden = !docs.some((d) => d.status === "ready");
  $("files").replaceChildren(...docs.map((doc) => {
    const li = document.createElement("li");
    li.className = `file ${doc.status}${doc === current ? " current" : ""}`;
    const name = document.createElement("button");
    name.type = "button";
    name.className = "file-name";
    name.textContent = doc.name;
    name.addEventListener("click", () => select(doc));
    const note = document.createElement("span");
    note.className = "note";
    note.textContent = doc.status === "ready" ? t("speechesN", { n: doc.state.speeches.length })
      : doc.status === "error" ? `${t("failed")}: ${doc.error}` : t("readingOne");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "icon";
    remove.textContent = "×";
    remove.title = t("removeFile");
    remove.setAttribute("aria-label", `${t("removeFile")} ${doc.name}`);
    remove.addEventListener("click", () => removeDoc(doc));
    li.append(name, remove, note);
    return li;
  }));
}

function removeDoc(doc) {
  docs.splice(docs.indexOf(doc), 1);
  if (current === doc) {
    current = null;
    const next = docs.find((d) => d.status === "ready");
    if (next) select(next); else { $("doc").hidden = true; $("empty").hidden = false; }
  }
  renderFiles();
}

function select(doc) {
  current = doc;
  renderFiles();
  if (doc.status !== "ready") {
    if (doc.status === "error") toast(`${t("error")}${doc.error}`, true);
    return;
  }
  $("empty").hidden = true;
  $("doc").hidden = false;
  $("doc-name").textContent = doc.name;
  showSource(doc);
  editor.show(doc.state, doc.warnings);
  $("pages").replaceChildren();
  $("page-count").textContent = "";
  schedulePreview(0);
}

function showSource(doc) {
  const box = $("source");
  if (doc.source && doc.source.format === "html") {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "");
    frame.setAttribute("title", t("source"));
    frame.srcdoc = doc.source.text;
    box.replaceChildren(frame);
  } else {
    const pre = document.createElement("pre");
    pre.textContent = doc.source ? doc.source.text : t("noSource");
    box.replaceChildren(pre);
  }
}

// ---- preview -----------------------------------------------------------------------------------------

function styleOptions(form) {
  const upload = $("profile-file").files[0];
  if (upload) form.append("profile_file", upload);
  else if ($("profile").value) form.append("profile", $("profile").value);
}

function modelBlob(doc) {
  return new Blob([JSON.stringify(toModel(doc.state))], { type: "application/json" });
}

function schedulePreview(delay = 700) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(refreshPreview, delay);
}

async function refreshPreview() {
  const doc = current;
  if (!doc || doc.status !== "ready") return;
  const serial = ++previewSerial;
  $("page-count").textContent = t("rendering");
  $("pane-preview").classList.add("busy");
  const form = new FormData();
  form.append("file", modelBlob(doc), "model.json");
  styleOptions(form);
  try {
    const response = await fetch("/api/preview", { method: "POST", body: form });
    if (!response.ok) throw new Error(await errorOf(response));
    const answer = await response.json();
    if (serial !== previewSerial) return;
    $("pages").replaceChildren(...answer.pages.map((src, i) => {
      const img = new Image();
      img.src = src;
      img.alt = `${i + 1}`;
      img.className = "page";
      return img;
    }));
    $("page-count").textContent = answer.pages.length < answer.page_count
      ? t("pagesFirst", { n: answer.page_count, shown: answer.pages.length }) : t("pagesN", { n: answer.page_count });
  } catch (error) {
    if (serial === previewSerial) { $("page-count").textContent = ""; toast(`${t("error")}${error.message}`, true); }
  } finally {
    if (serial === previewSerial) $("pane-preview").classList.remove("busy");
  }
}

// ---- downloads ---------------------------------------------------------------------------------------

function fileName(response, fallback) {
  const header = response.headers.get("content-disposition") || "";
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plainName = /filename="([^"]+)"/i.exec(header);
  return plainName ? plainName[1] : fallback;
}

async function save(response, fallback) {
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName(response, fallback);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function chosenFormats() {
  return [...document.querySelectorAll("input[name=to]:checked")].map((box) => box.value);
}

async function exportDocs(list) {
  if (!list.length) { toast(t("noDoc"), true); return; }
  const form = new FormData();
  for (const doc of list) form.append("file", modelBlob(doc), doc.name);
  form.append("format", "json");
  form.append("to", chosenFormats().join(","));
  if ($("split").checked) form.append("split", "1");
  if ($("embed").checked) form.append("embed_fonts", "1");
  styleOptions(form);
  if ($("reference").files[0]) form.append("reference_doc", $("reference").files[0]);
  const box = $("export-progress");
  progress(box, 0, list.length, t("exporting", { done: 0, total: list.length }));
  try {
    const start = await fetch("/api/jobs", { method: "POST", body: form });
    if (!start.ok) throw new Error(await errorOf(start));
    let job = await start.json();
    while (job.state === "running") {
      progress(box, job.done, job.total, t("exporting", { done: job.done, total: job.total }));
      await new Promise((ok) => setTimeout(ok, 400));
      const poll = await fetch(`/api/jobs/${job.id}`);
      if (!poll.ok) throw new Error(await errorOf(poll));
      job = await poll.json();
    }
    progress(box, job.total, job.total, t("exportDone"));
    if (job.errors.length) {
      toast(`${t("exportErrors", { n: job.errors.length })} ${job.errors.map((e) => e.error).join("; ")}`, true);
    }
    if (job.state === "done") {
      const result = await fetch(`/api/jobs/${job.id}/result`);
      if (!result.ok) throw new Error(await errorOf(result));
      await save(result, "speechconv.zip");
    }
  } catch (error) {
    toast(`${t("error")}${error.message}`, true);
  } finally {
    setTimeout(() => { box.hidden = true; }, 1500);
  }
}

async function downloadJson() {
  if (!current || current.status !== "ready") { toast(t("noDoc"), true); return; }
  try {
    const response = await fetch("/api/render?to=json", { method: "POST", body: modelBlob(current),
      headers: { "content-type": "application/json" } });
    if (!response.ok) throw new Error(await errorOf(response));
    await save(response, "document.json");
  } catch (error) {
    toast(`${t("error")}${error.message}`, true);
  }
}

// ---- start -------------------------------------------------------------------------------------------

function showPane(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) tab.setAttribute("aria-selected", String(tab.dataset.pane === name));
  $("doc").dataset.pane = name;
  if (name === "preview") schedulePreview(0);
}

function start() {
  let saved = null;
  try { saved = localStorage.getItem("speechconv-lang"); } catch { /* not kept */ }
  const asked = new URLSearchParams(location.search).get("lang");
  setLanguage(asked || saved || "zh");
  $("toast").addEventListener("click", () => { $("toast").hidden = true; });
  $("lang").addEventListener("click", () => {
    setLanguage(language() === "en" ? "zh" : "en");
    renderFiles();
    if (current && current.status === "ready") editor.render();
  });
  const profiles = document.body.dataset.profiles.split(",").filter(Boolean);
  $("profile").replaceChildren(...profiles.map((name) => new Option(name, name)));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", onDrop);
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => { if (!drop.contains(e.target)) onDrop(e); });
  $("pick-files").addEventListener("change", (e) => {
    const files = [...e.target.files];
    e.target.value = "";
    addInputs(files.map((file) => ({ file, name: file.name })));
  });
  $("pick-folder").addEventListener("change", (e) => onPickFolder(e.target));
  $("paste").addEventListener("paste", onPaste);
  $("paste").addEventListener("input", () => { if (!$("paste").value.trim()) { pastedHtml = null; $("paste-kind").hidden = true; } });
  $("paste-go").addEventListener("click", readPasted);
  $("download-one").addEventListener("click", () => exportDocs(current && current.status === "ready" ? [current] : []));
  $("download-all").addEventListener("click", () => exportDocs(docs.filter((d) => d.status === "ready")));
  $("download-json").addEventListener("click", downloadJson);
  for (const box of document.querySelectorAll("input[name=to]")) {
    box.addEventListener("change", () => { if (!chosenFormats().length) box.checked = true; });  // at least one
  }
  for (const id of ["profile", "profile-file"]) $(id).addEventListener("change", () => schedulePreview(0));
  for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => showPane(tab.dataset.pane));
  showPane("structure");
}

start();
