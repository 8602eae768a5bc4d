// Downloads: the chosen formats and options sent with the corrected models to /api/jobs (progress
// shown while it runs), the corrected model as JSON, and the pickers of a profile and a reference DOCX.
import { toModel } from "./model.js";
import { t } from "./i18n.js";
import { $, errorOf, progress, toast } from "./ui.js";

export function styleOptions(form) {
  const upload = $("profile-file").files[0];
  if (upload) form.append("profile_file", upload);
  else if ($("profile").value) form.append("profile", $("profile").value);
}

export function modelBlob(doc) {
  return new Blob([JSON.stringify(toModel(doc.state))], { type: "application/json" });
}

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

export function chosenFormats() {
  return [...document.querySelectorAll("input[name=to]:checked")].map((box) => box.value);
}

export async function exportDocs(list) {
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

export async function downloadJson(current) {
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

/** Show the file chosen in a picker (``.picked``: a file input, its name, a button that clears it). */
export function filePicker(box) {
  const input = box.querySelector("input[type=file]");
  const name = box.querySelector(".picked-name");
  const clear = box.querySelector(".clear");
  const show = () => {
    const file = input.files[0];
    name.textContent = file ? file.name : t("noneChosen");
    name.classList.toggle("muted", !file);
    clear.hidden = !file;
  };
  input.addEventListener("change", show);
  clear.addEventListener("click", () => { input.value = ""; input.dispatchEvent(new Event("change")); });
  show();
  box.show = show;
}
