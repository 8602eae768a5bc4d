// The page's corrections as edits of the speechconv JSON model (schema speechconv/1).
// A speech is edited as a list of lines, each with a role; toModel() builds the model back, so every
// change on the page is a change of the model that `speechconv convert edited.json` renders.

export const FIELD_ROLES = ["title", "subtitle", "byline", "date", "salutation"];
export const ROLES = [...FIELD_ROLES, "heading1", "heading2", "heading3", "heading4", "body", "lead",
  "closing", "signature", "dropped"];
const FIELD_JOIN = { title: "", subtitle: " ", byline: " ", date: " ", salutation: "\n" };
const NUMBER = /^(第[一二三四五六七八九十百零〇]+[，、,]?|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)])\s*/;

export const plain = (runs) => runs.map((r) => r.text).join("");

/** Return the lines of one speech: its title block, blocks, closing lines and signature. */
export function speechLines(speech) {
  const lines = [];
  for (const role of FIELD_ROLES) {
    if (!speech[role]) continue;
    const parts = role === "salutation" ? speech[role].split("\n") : [speech[role]];
    for (const text of parts) lines.push({ role, runs: [{ text }] });
  }
  for (const block of speech.blocks || []) {
    if (block.type === "heading") {
      lines.push({ role: `heading${block.level}`, number: block.number || "", runs: [{ text: block.text }],
        run_in: !!block.run_in });
    } else {
      const line = { role: block.role || "body", runs: block.runs.map((r) => ({ ...r })) };
      if (block.hints) line.hints = block.hints;  // how the source showed it (schema 1.1), kept as it is
      lines.push(line);
    }
  }
  for (const text of speech.closing || []) lines.push({ role: "closing", runs: [{ text }] });
  if (speech.signature) for (const text of speech.signature.split("\n")) lines.push({ role: "signature", runs: [{ text }] });
  return lines;
}

/** Return the model speech made of ``lines`` (the fields joined when several lines share one). */
export function linesSpeech(lines) {
  const speech = { title: null, subtitle: null, byline: null, date: null, salutation: null, blocks: [],
    closing: [], signature: null };
  const signature = [];
  for (const line of lines) {
    const text = plain(line.runs);
    if (FIELD_ROLES.includes(line.role)) {
      const old = speech[line.role];
      speech[line.role] = old === null ? text : old + FIELD_JOIN[line.role] + text;
    } else if (line.role.startsWith("heading")) {
      const heading = { type: "heading", level: Number(line.role.slice(7)), number: line.number || "", text };
      if (line.run_in) heading.run_in = true;
      speech.blocks.push(heading);
    } else if (line.role === "closing") {
      speech.closing.push(text);
    } else if (line.role === "signature") {
      signature.push(text);
    } else {
      const block = { type: "paragraph", runs: line.runs.filter((r) => r.text).map(cleanRun) };
      if (line.role !== "body") block.role = line.role;
      if (line.hints) block.hints = line.hints;
      speech.blocks.push(block);
    }
  }
  speech.signature = signature.length ? signature.join("\n") : null;
  return speech;
}

function cleanRun(run) {
  const out = { text: run.text };
  for (const key of ["role", "bold", "italic", "placeholder"]) if (run[key]) out[key] = run[key];
  return out;
}

/** Return the editor state of a model: its speeches as lines, the rest kept as it is. */
export function fromModel(doc) {
  return { doc, speeches: doc.speeches.map(speechLines), dropped: doc.dropped.map((d) => ({ ...d })) };
}

/** Return the model of an editor state. */
export function toModel(state) {
  return { ...state.doc, speeches: state.speeches.map(linesSpeech), dropped: state.dropped };
}

/** Change the role of line ``i`` of speech ``s``; "dropped" moves it to the dropped list. */
export function setRole(state, s, i, role) {
  const line = state.speeches[s][i];
  const text = line.number ? line.number + plain(line.runs) : plain(line.runs);
  if (role === "dropped") {
    state.speeches[s].splice(i, 1);
    state.dropped.push({ text, reason: "removed by hand" });
    return;
  }
  if (role.startsWith("heading")) {
    const m = NUMBER.exec(text);
    line.number = m ? m[0].trim() : "";
    line.runs = [{ text: m ? text.slice(m[0].length) : text }];
  } else {
    if (line.number) line.runs = [{ text }];
    delete line.number;
    delete line.run_in;
    if (FIELD_ROLES.includes(role) || ["closing", "signature"].includes(role)) line.runs = [{ text }];
  }
  line.role = role;
}

/** Edit the text of a line: ``runs`` as read back from the page (a changed blank is filled in). */
export function setRuns(state, s, i, runs) {
  const line = state.speeches[s][i];
  const old = line.runs;
  line.runs = runs.map((r) => {
    const before = r.index !== undefined ? old[r.index] : undefined;
    const run = before ? { ...before, text: r.text } : { text: r.text };
    if (before && before.placeholder && before.text !== r.text) delete run.placeholder;
    return run;
  }).filter((r) => r.text);
  if (line.role.startsWith("heading")) {
    const text = plain(line.runs);
    const m = NUMBER.exec(text);
    if (m) { line.number = m[0].trim(); line.runs = [{ text: text.slice(m[0].length) }]; }
  }
  if (!line.runs.length) state.speeches[s].splice(i, 1);
}

/** Put dropped item ``d`` back as a body line at the start of speech ``s``. */
export function restore(state, d, s = 0) {
  const [item] = state.dropped.splice(d, 1);
  if (!state.speeches.length) state.speeches.push([]);
  const lines = state.speeches[Math.min(s, state.speeches.length - 1)];
  const at = lines.findIndex((l) => !FIELD_ROLES.includes(l.role));
  lines.splice(at < 0 ? lines.length : at, 0, { role: "body", runs: [{ text: item.text }] });
}

/** Move line ``i`` of speech ``s`` one place up (-1) or down (+1), into the next speech at an end. */
export function move(state, s, i, step) {
  const lines = state.speeches[s];
  const j = i + step;
  if (j >= 0 && j < lines.length) {
    [lines[i], lines[j]] = [lines[j], lines[i]];
  } else if (step < 0 && s > 0) {
    state.speeches[s - 1].push(lines.shift());
  } else if (step > 0 && s + 1 < state.speeches.length) {
    state.speeches[s + 1].unshift(lines.pop());
  }
  state.speeches = state.speeches.filter((l) => l.length);
}

/** Merge speech ``s`` into the one before it: its title block becomes body text, and the earlier
 * speech's closing lines and signature become body text before it. */
export function mergeWithPrevious(state, s) {
  if (s < 1) return;
  const before = state.speeches[s - 1].map((l) => (["closing", "signature"].includes(l.role) ? { ...l, role: "body" } : l));
  const after = state.speeches[s].map((l) => (FIELD_ROLES.includes(l.role) ? { ...l, role: "body" } : l));
  state.speeches.splice(s - 1, 2, [...before, ...after]);
}

/** Split speech ``s`` before line ``i``: that line starts a new speech (as its title when it was text). */
export function splitAt(state, s, i) {
  const lines = state.speeches[s];
  if (i < 1 || i >= lines.length) return;
  const rest = lines.splice(i);
  if (!FIELD_ROLES.includes(rest[0].role)) setRoleOf(rest[0], "title");
  state.speeches.splice(s + 1, 0, rest);
}

function setRoleOf(line, role) {
  const text = (line.number || "") + plain(line.runs);
  delete line.number;
  delete line.run_in;
  line.runs = [{ text }];
  line.role = role;
}
