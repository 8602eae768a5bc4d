// The structure pane: speeches as lines with their roles, editable in place; every change goes through
// model.js and then calls onChange() so the page can refresh the preview.
import { ROLES, mergeWithPrevious, move, restore, setRole, setRuns, splitAt } from "./model.js";
import { t } from "./i18n.js";

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
  constructor(root, droppedRoot, warningsRoot, onChange) {
    Object.assign(this, { root, droppedRoot, warningsRoot, onChange, state: null });
  }

  show(state, warnings) {
    this.state = state;
    this.warnings = warnings || [];
    this.render();
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
    this.warningsRoot.replaceChildren(...(this.warnings.length ? [el("div", { class: "warnings" },
      el("h4", { text: t("warningsTitle") }), el("ul", {}, ...this.warnings.map((w) => el("li", { text: w }))))] : []));
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
        onclick: () => { splitAt(this.state, s, i); this.changed(); } }) : null);
    const extra = line.run_in ? " run-in" : "";
    return el("li", { class: `line role-${line.role}${extra}`, "data-role": line.role },
      roleSelect(line, (role) => { setRole(this.state, s, i, role); this.changed(); }), box, tools);
  }

  renderDropped() {
    const { dropped } = this.state;
    if (!dropped.length) { this.droppedRoot.replaceChildren(); return; }
    const items = dropped.map((d, index) => el("li", {},
      el("del", { text: d.text }), " ", el("span", { class: "reason", text: d.reason }), " ",
      el("button", { type: "button", class: "button small", text: t("restore"),
        onclick: () => { restore(this.state, index, 0); this.changed(); } })));
    this.droppedRoot.replaceChildren(el("details", { class: "dropped" },
      el("summary", { text: t("droppedTitle", { n: dropped.length }) }), el("ul", {}, ...items)));
  }
}
