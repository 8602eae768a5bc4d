// The page's words in Chinese (the default) and English. Elements name their key in data-i18n.
export const STRINGS = {
  zh: {
    app: "讲话稿排版", apiDocs: "API 文档", addTitle: "添加讲话稿",
    dropHint: "把网页、文本文件或整个文件夹拖到这里", dropAnywhere: "也可以把文件直接拖到这个页面上", chooseFiles: "选择文件", chooseFolder: "选择文件夹",
    limits: "支持 .html .txt .json，每个文件不超过 {mb} MB", pasteTitle: "或者粘贴文字、网页内容",
    pastePlaceholder: "在这里粘贴（可直接粘贴从网页复制的内容）", pastedHtml: "已粘贴网页格式的内容", pasteGo: "识别粘贴的内容",
    filesTitle: "文件", exportTitle: "下载", formatLabel: "格式（可多选）", ofdNote: "版式文档", split: "每篇讲话单独一个文件",
    embed: "在 Word 文件中嵌入字体", moreOptions: "样式设置", profile: "样式方案", profileFile: "或上传样式方案（.toml）",
    referenceDoc: "参考 Word 文档（.docx）", downloadOne: "下载当前文件", downloadAll: "全部下载（ZIP）",
    downloadJson: "下载校正后的结构（JSON）", emptyTitle: "把下载的讲话稿变成规范的公文格式",
    step1: "添加网页或文本文件（可一次添加多个）；", step2: "核对识别出的标题、小标题、称谓和落款，有错就改；",
    step3: "预览排好的页面，下载 Word、PDF 或 OFD。", offline: "所有处理都在本机完成，不会上传到网上。",
    source: "原文", structure: "识别结果", preview: "预览", editHint: "点文字可直接修改；左边的下拉框改这一行的类型。",
    reading: "正在识别 {done} / {total}", readingOne: "识别中…", failed: "失败", speechesN: "{n} 篇讲话",
    speechN: "第 {n} 篇", mergeUp: "与上一篇合并", splitHere: "从这里分成新的一篇", up: "上移", down: "下移",
    droppedTitle: "已删除的内容（{n}）", restore: "恢复", warningsTitle: "提醒", pagesN: "共 {n} 页",
    pagesFirst: "共 {n} 页，只显示前 {shown} 页", rendering: "正在排版…", exporting: "正在生成 {done} / {total}",
    exportDone: "已生成，开始下载", exportErrors: "{n} 个文件没有生成：", noDoc: "先添加一个文件",
    pastedName: "粘贴的内容", removeFile: "移除", noSource: "（粘贴的内容）", error: "出错了：",
    blank: "待填写", lead: "段首句", noSpeech: "没有识别出讲话正文",
    role_title: "标题", role_subtitle: "副标题", role_byline: "署名", role_date: "日期", role_salutation: "称谓",
    role_heading1: "一级标题 一、", role_heading2: "二级标题 （一）", role_heading3: "三级标题 1.",
    role_heading4: "四级标题 （1）", role_body: "正文", role_lead: "正文（强调）", role_closing: "结束语",
    role_signature: "落款", role_dropped: "删除",
  },
  en: {
    app: "Speech formatter", apiDocs: "API docs", addTitle: "Add speeches",
    dropHint: "Drop saved web pages, text files or a whole folder here", dropAnywhere: "You can also drop files anywhere on this page", chooseFiles: "Choose files",
    chooseFolder: "Choose a folder", limits: ".html .txt .json, up to {mb} MB a file", pasteTitle: "Or paste text or web content",
    pastePlaceholder: "Paste here (content copied from a web page works too)", pastedHtml: "Pasted as web content",
    pasteGo: "Read the pasted content", filesTitle: "Files", exportTitle: "Download", formatLabel: "Formats (one or more)",
    ofdNote: "fixed-layout", split: "One file per speech", embed: "Embed fonts in the Word file", moreOptions: "Style settings",
    profile: "Style profile", profileFile: "Or upload a profile (.toml)", referenceDoc: "Reference Word document (.docx)",
    downloadOne: "Download this file", downloadAll: "Download all (ZIP)",
    downloadJson: "Download the corrected structure (JSON)", emptyTitle: "Turn downloaded speeches into official-style documents",
    step1: "Add web pages or text files (several at once if you like);",
    step2: "check the recognised title, headings, salutation and signature, and fix what is wrong;",
    step3: "preview the pages and download Word, PDF or OFD.", offline: "Everything happens on this computer; nothing is sent to the internet.",
    source: "Source", structure: "Structure", preview: "Preview",
    editHint: "Click text to edit it; the menu on the left changes what the line is.",
    reading: "Reading {done} of {total}", readingOne: "Reading…", failed: "failed", speechesN: "{n} speech(es)",
    speechN: "Speech {n}", mergeUp: "Merge with the previous speech", splitHere: "Start a new speech here", up: "Move up",
    down: "Move down", droppedTitle: "Removed text ({n})", restore: "Restore", warningsTitle: "Warnings",
    pagesN: "{n} pages", pagesFirst: "{n} pages, the first {shown} shown", rendering: "Laying out…",
    exporting: "Making {done} of {total}", exportDone: "Done; downloading", exportErrors: "{n} file(s) could not be made:",
    noDoc: "Add a file first", pastedName: "Pasted text", removeFile: "Remove", noSource: "(pasted content)",
    error: "Error: ", blank: "to fill in", lead: "lead sentence", noSpeech: "No speech text recognised",
    role_title: "Title", role_subtitle: "Subtitle", role_byline: "Speaker", role_date: "Date", role_salutation: "Salutation",
    role_heading1: "Heading 1 一、", role_heading2: "Heading 2 （一）", role_heading3: "Heading 3 1.",
    role_heading4: "Heading 4 （1）", role_body: "Body", role_lead: "Body (emphasis)", role_closing: "Closing",
    role_signature: "Signature", role_dropped: "Remove",
  },
};

let lang = "zh";

/** Return the string ``key`` in the page's language, with {name} replaced from ``values``. */
export function t(key, values = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

export const language = () => lang;

/** Switch the page to ``next`` ("zh" or "en") and translate every element that names a key. */
export function setLanguage(next) {
  lang = next === "en" ? "en" : "zh";
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n, { mb: el.dataset.mb });
  }
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.title = `${t("app")} · speechconv`;
  const button = document.getElementById("lang");
  button.textContent = lang === "en" ? "中文" : "English";
  button.lang = lang === "en" ? "zh-CN" : "en";
  try { localStorage.setItem("speechconv-lang", lang); } catch { /* private mode: not kept */ }
}
