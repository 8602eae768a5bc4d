// The structure pane: speeches as lines with their roles, editable in place; every change goes through
// model.js and then calls onChange() so the page can refresh the preview.
import { ROLES, mergeWithPrevious, move, plain, restore, setRole, setRuns, splitAt } from "./model.js";
import { reasonText, t, warningText } from "./i18n.js";
import { whyBox } from "./why.js";

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};

function roleSelect(line, onPick) {
  const select = el("select", { class: "role", "aria-label": t("structure"), onchange: () => onPick(select.value) });
  for (const role of ROLES) {
    const option = el("option", { value: role, text: t(`role_${role}`) });
    if (role === line.role) option.selected = true;
    select.append(option);
  }
  return select;
}

function runNodes(line) {
  const nodes = [];
  if (line.number) nodes.push(el("span", { class: "num", contenteditable: "false", text: line.number }));
  line.runs.forEach((run, index) => {
    const classes = [run.placeholder ? "blank" : "", run.role === "lead" ? "lead" : "", run.bold ? "b" : ""].filter(Boolean);
    const span = el("span", { "data-run": String(index), text: run.text });
    if (classes.length) span.className = classes.join(" ");
    if (run.placeholder) span.title = t("blank");
    if (run.role === "lead") span.title = t("lead");
    nodes.push(span);
  });
  return nodes;
}

/** Return the runs typed in an editable line: each kept span with its run's index, loose text new. */
function readRuns(box) {
  const runs = [];
  for (const node of box.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.classList.contains("num")) continue;
    const index = node.nodeType === Node.ELEMENT_NODE && node.dataset.run !== undefined ? Number(node.dataset.run) : undefined;
    const text = (node.textContent || "").replace(/\n/g, "");
    if (text) runs.push({ index, text });
  }
  return runs;
}

export class Editor {
  /** ``onChange()`` after every change; ``onWhy(s, text)`` returns a promise of the evidence for the line
   * ``text`` of speech ``s`` (an /api/why answer), or is null when there is no source to ask about. */
  constructor({ root, droppedRoot, warningsRoot, onChange, onWhy = null }) {
    Object.assign(this, { root, droppedRoot, warningsRoot, onChange, onWhy, state: null, warnings: [], more: [] });
  }

  show(state, warnings, onWhy = null) {
    Object.assign(this, { state, warnings: warnings || [], more: [], onWhy });
    this.render();
  }

  /** Show ``warnings`` from writing the document (missing glyphs) after those from reading it. */
  showMoreWarnings(warnings) {
    this.more = warnings || [];
    this.renderWarnings();
  }

  changed() {
    this.render();
    this.onChange();
  }

  render() {
    const { state } = this;
    this.root.replaceChildren(...state.speeches.map((lines, s) => this.speech(lines, s)));
    if (!state.speeches.length) this.root.append(el("p", { class: "muted", text: t("noSpeech") }));
    this.renderDropped();
    this.renderWarnings();
  }

  renderWarnings() {
    const all = [...new Set([...this.warnings, ...this.more])];
    const item = (w) => {
      const meaning = warningText(w);
      return meaning ? el("li", {}, el("span", { text: meaning }), el("br"), el("span", { class: "small muted", text: w }))
        : el("li", { text: w });
    };
    this.warningsRoot.replaceChildren(...(all.length ? [el("div", { class: "warnings" },
      el("h4", { text: t("warningsTitle") }), el("ul", {}, ...all.map(item)))] : []));
  }

  /** Show (or, when shown, hide) the evidence for a line below it. */
  async toggleWhy(item, s, line) {
    const open = item.querySelector(".why-box");
    if (open) { open.remove(); return; }
    const box = el("div", { class: "why-box busy", text: t("whyLoading") });
    item.append(box);
    try {
      const why = await this.onWhy(s, (line.number || "") + plain(line.runs));
      box.replaceWith(whyBox(why));
    } catch (error) {
      box.className = "why-box error";
      box.textContent = `${t("error")}${error.message}`;
    }
  }

  speech(lines, s) {
    const head = el("div", { class: "speech-head" }, el("h4", { text: t("speechN", { n: s + 1 }) }),
      s > 0 ? el("button", { type: "button", class: "button small", text: t("mergeUp"),
        onclick: () => { mergeWithPrevious(this.state, s); this.changed(); } }) : null);
    return el("article", { class: "speech", "data-speech": String(s) }, head,
      el("ol", { class: "lines" }, ...lines.map((line, i) => this.line(line, s, i))));
  }

  line(line, s, i) {
    const box = el("div", { class: "text", contenteditable: "plaintext-only", spellcheck: "false", lang: "zh-CN" },
      ...runNodes(line));
    box.addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); box.blur(); } });
    box.addEventListener("blur", () => {
      const before = JSON.stringify(line.runs);
      setRuns(this.state, s, i, readRuns(box));
      if (JSON.stringify(line.runs) !== before || !line.runs.length) this.changed();
    });
    const tools = el("div", { class: "tools" },
      el("button", { type: "button", class: "icon", title: t("up"), "aria-label": t("up"), text: "↑",
        onclick: () => { move(this.state, s, i, -1); this.changed(); } }),
      el("button", { type: "button", class: "icon", title: t("down"), "aria-label": t("down"), text: "↓",
        onclick: () => { move(this.state, s, i, 1); this.changed(); } }),
      i > 0 ? el("button", { type: "button", class: "icon", title: t("splitHere"), "aria-label": t("splitHere"), text: "✂",
        onclick: () => { splitAt(this.state, s, i); this.changed(); } }) : null,
      this.onWhy ? el("button", { type: "button", class: "icon why", title: t("why"), "aria-label": t("why"), text: "?",
        onclick: () => this.toggleWhy(item, s, line) }) : null);
    const extra = line.run_in ? " run-in" : "";
    const item = el("li", { class: `line role-${line.role}${extra}`, "data-role": line.role },
      roleSelect(line, (role) => { setRole(this.state, s, i, role); this.changed(); }), box, tools);
    return item;
  }

  renderDropped() {
    const { dropped } = this.state;
    if (!dropped.length) { this.droppedRoot.replaceChildren(); return; }
    const items = dropped.map((d, index) => el("li", {},
      el("del", { text: d.text }), " ", el("span", { class: "reason", text: reasonText(d.reason), title: d.reason }), " ",
      el("button", { type: "button", class: "button small", text: t("restore"),
        onclick: () => { restore(this.state, index, 0); this.changed(); } })));
    this.droppedRoot.replaceChildren(el("details", { class: "dropped" },
      el("summary", { text: t("droppedTitle", { n: dropped.length }) }), el("ul", {}, ...items)));
  }
}
