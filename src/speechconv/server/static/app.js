// The page: add inputs (files, a folder, pasted text or web content), review and correct each one's
// structure, preview the printed pages and download. It talks only to this server's /api/*.
import { Editor } from "./editor.js";
import { fromModel, toModel } from "./model.js";
import { language, setLanguage, t } from "./i18n.js";
import { chosenFormats, downloadJson, exportDocs, filePicker, modelBlob, styleOptions } from "./downloads.js";
import { $, errorOf, progress, toast } from "./ui.js";
// the suffixes the readers take, from the server (a file in a dropped folder is added when it has one)
const SUFFIXES = document.body.dataset.suffixes.split(",").filter(Boolean);
const isInput = (name) => SUFFIXES.some((suffix) => name.toLowerCase().endsWith(suffix));
const NARROW = window.matchMedia("(max-width: 760px)");  // one column: the document is below the lists
const docs = [];          // {id, name, status, error, input, state, warnings, source, preview}
let current = null;
let previewTimer = null;
let previewSerial = 0;
let nextId = 1;
let pastedHtml = null;

const editor = new Editor({ root: $("speeches"), droppedRoot: $("dropped"), warningsRoot: $("warnings"),
  onChange: () => schedulePreview() });

// ---- adding inputs ---------------------------------------------------------------------------------

async function addInputs(items) {
  if (!items.length) return;
  const added = items.map((item) => {
    const doc = { id: nextId++, name: item.name, status: "waiting", input: item };  // input: kept for "why?"
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
  progress(box, done, added.length, t("readDone", { n: added.length }));
  setTimeout(() => { box.hidden = true; }, 800);
}

async function readOne(doc) {
  doc.status = "reading";
  renderFiles();
  try {
    const response = await fetch("/api/read?source=1", { method: "POST", body: inputForm(doc) });
    if (!response.ok) throw new Error(await errorOf(response));
    const answer = await response.json();
    Object.assign(doc, { status: "ready", state: fromModel(answer.document), warnings: answer.warnings,
      source: answer.source });
  } catch (error) {
    Object.assign(doc, { status: "error", error: error.message });
  }
}

function inputForm(doc) {
  const form = new FormData();
  if (doc.input.file) form.append("file", doc.input.file, doc.input.name);
  else { form.append("text", doc.input.text); form.append("name", doc.input.name); }
  return form;
}

/** Return the evidence for the line ``text`` of speech ``s`` of ``doc``, asked of its source. */
async function askWhy(doc, s, text) {
  const form = inputForm(doc);
  form.append("speech", String(s));
  form.append("line", text);
  const response = await fetch("/api/why", { method: "POST", body: form });
  if (!response.ok) throw new Error(await errorOf(response));
  return response.json();
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
    name.addEventListener("click", () => {
      select(doc);
      if (doc.status === "ready" && NARROW.matches) $("doc").scrollIntoView({ behavior: "smooth" });
    });
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
  editor.show(doc.state, doc.warnings, (s, text) => askWhy(doc, s, text));
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

function schedulePreview(delay = 700) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(refreshPreview, delay);
}

function previewKey(doc) {
  const upload = $("profile-file").files[0];
  const style = upload ? `${upload.name}/${upload.size}/${upload.lastModified}` : $("profile").value;
  return `${style}\n${JSON.stringify(toModel(doc.state))}`;
}

function pageCount(answer) {
  return answer.pages.length < answer.page_count
    ? t("pagesFirst", { n: answer.page_count, shown: answer.pages.length }) : t("pagesN", { n: answer.page_count });
}

function showPages(answer) {
  $("pages").replaceChildren(...answer.pages.map((src, i) => {
    const img = new Image();
    img.src = src;
    img.alt = `${i + 1}`;
    img.className = "page";
    return img;
  }));
  $("page-count").textContent = pageCount(answer);
  editor.showMoreWarnings(answer.warnings);
}

async function refreshPreview() {
  const doc = current;
  if (!doc || doc.status !== "ready") return;
  const key = previewKey(doc);
  const serial = ++previewSerial;  // an answer still on its way for an earlier state is not shown
  if (doc.preview && doc.preview.key === key) {  // nothing changed since it was drawn
    if (!$("pages").childElementCount) showPages(doc.preview.answer);
    $("pane-preview").classList.remove("busy");
    return;
  }
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
    doc.preview = { key, answer };
    showPages(answer);
  } catch (error) {
    if (serial === previewSerial) { $("page-count").textContent = ""; toast(`${t("error")}${error.message}`, true); }
  } finally {
    if (serial === previewSerial) $("pane-preview").classList.remove("busy");
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
    for (const box of document.querySelectorAll(".picked")) box.show();
    if (current && current.status === "ready") editor.render();
    if (current && current.preview && $("pages").childElementCount) $("page-count").textContent = pageCount(current.preview.answer);
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
  $("download-json").addEventListener("click", () => downloadJson(current));
  for (const box of document.querySelectorAll("input[name=to]")) {
    box.addEventListener("change", () => { if (!chosenFormats().length) box.checked = true; });  // at least one
  }
  for (const id of ["profile", "profile-file"]) $(id).addEventListener("change", () => schedulePreview(0));
  for (const box of document.querySelectorAll(".picked")) filePicker(box);
  for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => showPane(tab.dataset.pane));
  showPane("structure");
}

start();
