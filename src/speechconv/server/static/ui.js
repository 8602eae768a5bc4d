// Small helpers every part of the page uses: elements by id, the toast, error answers, progress bars.

export const $ = (id) => document.getElementById(id);

export function toast(message, isError = false) {
  const box = $("toast");
  box.textContent = message;
  box.className = isError ? "error" : "";
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, isError ? 9000 : 3500);
}

export async function errorOf(response) {
  try { return (await response.json()).error || response.statusText; } catch { return `${response.status} ${response.statusText}`; }
}

export function progress(box, done, total, label) {
  box.hidden = false;
  box.firstElementChild.style.width = `${total ? Math.round((100 * done) / total) : 0}%`;
  box.lastElementChild.textContent = label;
}
