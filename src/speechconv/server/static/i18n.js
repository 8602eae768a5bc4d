// The page's words in Chinese (the default) and English. Elements name their key in data-i18n.
export const STRINGS = {
  zh: {
    app: "讲话稿排版", apiDocs: "API 文档", addTitle: "添加讲话稿",
    dropHint: "把网页、文本文件或整个文件夹拖到这里", dropAnywhere: "也可以把文件直接拖到这个页面上", chooseFiles: "选择文件", chooseFolder: "选择文件夹",
    limits: "支持 .html .txt .md .json，每个文件不超过 {mb} MB", pasteTitle: "或者粘贴文字、网页内容",
    pastePlaceholder: "在这里粘贴（可直接粘贴从网页复制的内容）", pastedHtml: "已粘贴网页格式的内容", pasteGo: "识别粘贴的内容",
    filesTitle: "文件", exportTitle: "下载", formatLabel: "格式（可多选）", ofdNote: "版式文档", split: "每篇讲话单独一个文件",
    embed: "在 Word 文件中嵌入字体", moreOptions: "样式设置", profile: "样式方案", profileFile: "或上传样式方案（.toml）",
    referenceDoc: "参考 Word 文档（.docx）", downloadOne: "下载当前文件", downloadAll: "全部下载（ZIP）",
    downloadJson: "下载校正后的结构（JSON）", emptyTitle: "把下载的讲话稿变成规范的公文格式",
    step1: "添加网页或文本文件（可一次添加多个）；", step2: "核对识别出的标题、小标题、称谓和落款，有错就改；",
    step3: "预览排好的页面，下载 Word、PDF 或 OFD。", offline: "所有处理都在本机完成，不会上传到网上。",
    source: "原文", structure: "识别结果", preview: "预览", editHint: "点文字可直接修改；每行前的下拉框改这一行的类型，“?”说明为什么这样识别。",
    reading: "正在识别 {done} / {total}", readDone: "已识别 {n} 个", readingOne: "识别中…", failed: "失败", speechesN: "{n} 篇讲话",
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
    chooseFile: "选择文件", noneChosen: "未选择", clearFile: "不用这个文件",
    why: "为什么识别成这样？", whyLoading: "正在查找依据…", whyClose: "收起",
    whyRole: "识别为「{role}」（{where}）", whyAt_speech: "在这篇讲话里逐行判断", whyAt_page: "在整页里判断，分篇之前",
    whyAt_model: "按现在的结构重新判断", whyMarker: "这一行被当作分篇标记，其中的文字成了这篇讲话的标题。",
    whyLine: "判断的是这一行：", whyOthers: "其次可能：{others}", whyCost: "{role}（总分低 {cost}）",
    whyFeatures: "主要依据（正数支持这个判断，负数支持「{other}」）：",
    whyFinal_numbered: "随后，正文规则按编号「{number}」把它定为「{final}」。",
    whyFinal_series: "随后，正文规则把“第一，”“一是”这类列举定为「{final}」。",
    whyFinal_series_lead: "随后，正文规则把它开头的列举句标为段首句（强调）。",
    whyFinal_unmarked: "但它没有合顺序的编号，也没有标题的格式，所以仍是正文。",
    read_head: "页首说明", read_marker: "分篇标记", read_title: "标题", read_subtitle: "副标题", read_byline: "署名",
    read_date: "日期", read_salutation: "称谓", read_body: "正文", read_heading: "小标题", read_closing: "结束语",
    read_signature: "落款", read_tail: "页尾杂项",
  },
  en: {
    app: "Speech formatter", apiDocs: "API docs", addTitle: "Add speeches",
    dropHint: "Drop saved web pages, text files or a whole folder here", dropAnywhere: "You can also drop files anywhere on this page", chooseFiles: "Choose files",
    chooseFolder: "Choose a folder", limits: ".html .txt .md .json, up to {mb} MB a file", pasteTitle: "Or paste text or web content",
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
    editHint: "Click text to edit it; the menu before each line changes what the line is, and “?” says why it was read so.",
    reading: "Reading {done} of {total}", readDone: "{n} read", readingOne: "Reading…", failed: "failed", speechesN: "{n} speech(es)",
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
    chooseFile: "Choose a file", noneChosen: "none chosen", clearFile: "Do not use this file",
    why: "Why was this line read so?", whyLoading: "Looking for the evidence…", whyClose: "Close",
    whyRole: "Read as “{role}” ({where})", whyAt_speech: "line by line within this speech",
    whyAt_page: "on the whole page, before it was split into speeches", whyAt_model: "reading the structure as it now stands",
    whyMarker: "This line was taken as a part marker; its words became the speech's title.",
    whyLine: "The line read: ", whyOthers: "Next best: {others}", whyCost: "{role} (scores {cost} lower)",
    whyFeatures: "What weighed most (plus for this role, minus for “{other}”):",
    whyFinal_numbered: "Then the body rules made it “{final}” by its number {number}.",
    whyFinal_series: "Then the body rules made this enumeration (第一，, 一是…) “{final}”.",
    whyFinal_series_lead: "Then the body rules marked its opening enumeration sentence as a lead.",
    whyFinal_unmarked: "But it has no number in order and no heading look, so it stays body text.",
    read_head: "note above the speech", read_marker: "part marker", read_title: "title", read_subtitle: "subtitle",
    read_byline: "speaker", read_date: "date", read_salutation: "salutation", read_body: "body", read_heading: "heading",
    read_closing: "closing", read_signature: "signature", read_tail: "clutter after the speech",
  },
};

// Why text was removed (Document.dropped reasons, as the library writes them) and what a warning code
// means, in Chinese; English shows the library's own words. Unknown ones are shown as they are.
// tests/test_reason_texts.py checks these tables against the reasons and codes the code can record.
const REASONS = {
  // the readers: what a file holds besides the text
  "html: outside the main content": "正文区以外的内容", "html: page furniture inside the content": "正文区里的网页部件",
  "html: link list": "链接列表", "html: hidden text": "网页上隐藏的文字", "html: Word list bullet": "Word 列表符号",
  "html: figure caption": "图片说明",
  "docx: outside the main content (a saved web page)": "正文区以外的内容（另存为 Word 的网页）",
  "docx: link list": "链接列表", "docx: hidden text": "Word 中隐藏的文字", "docx: comment": "Word 批注",
  "docx: page header": "页眉", "docx: page footer": "页脚", "docx: footnote": "脚注", "docx: endnote": "尾注",
  "docx: table of contents": "目录", "docx: phonetic guide (ruby)": "拼音指南（注音）",
  "docx: tracked deletion": "修订中删除的文字", "docx: tracked move (text at its old place)": "修订中移走的文字（原位置）",
  "pdf: outside the main content (page navigation, links, footer)": "正文区以外的内容（导航、链接、页脚）",
  "pdf: page number": "页码", "pdf: running header or footer": "页眉或页脚", "pdf: underline of a heading": "标题下的横线",
  "pdf: a browser's print header or footer": "浏览器打印的页眉页脚（日期、网址、页数）",
  "markdown: front matter": "文件开头的属性信息", "markdown: summary divider inside a paragraph": "段落中的摘要分隔符",
  "markdown: empty emphasis marks": "空的强调符号",
  "text: underline of a heading": "标题下的横线", "text: emphasis marks (**…**)": "强调符号（**…**）",
  "text: link target (reStructuredText)": "链接地址", "text: escaped spaces (reStructuredText)": "转义用的空格",
  "text: page number": "页码（从分页文档复制来的）",
  // boilerplate: one line by its words (the rules in boilerplate.py)
  "boilerplate: breadcrumb": "面包屑导航", "boilerplate: meta line": "时间、作者等信息行",
  "boilerplate: source credit": "转载来源", "boilerplate: editor note": "小编按语", "boilerplate: news lead-in": "新闻导语",
  "boilerplate: news credit": "新闻署名（记者、编辑）", "boilerplate: truncation note": "内容截断提示",
  "boilerplate: navigation": "导航", "boilerplate: download prompt": "下载提示",
  "boilerplate: desktop-shortcut prompt": "“保存到桌面”提示", "boilerplate: copyright line": "版权行",
  "boilerplate: print or share button": "打印、分享按钮", "boilerplate: stray mark": "孤立的标点",
  "boilerplate: stray number": "孤立的数字", "boilerplate: source link": "原文链接", "boilerplate: follow prompt": "关注、扫码提示",
  "boilerplate: column label": "栏目标签", "boilerplate: wechat account card": "公众号名片",
  "boilerplate: link prompt": "“点击查看”提示", "boilerplate: credit": "编辑、校对等署名",
  "boilerplate: photo caption": "图片说明", "boilerplate: news dateline": "新闻电头", "boilerplate: headline list": "新闻标题列表",
  "boilerplate: translator's note": "译者按语", "boilerplate: blog sign-off": "“感谢阅读”等结尾客套话",
  "boilerplate: site notice": "网站公告", "boilerplate: web clipper residue": "网页剪藏工具留下的文字",
  "boilerplate: biography": "人物简介", "boilerplate: submission notice": "投稿须知", "boilerplate: footnote mark": "※ 开头的附注",
  "boilerplate: reader support appeal": "请读者打赏、订阅的呼吁", "boilerplate: page section label": "网页分区标签（如【正文】）",
  "boilerplate: markup residue": "残留的排版代码", "boilerplate: contact line": "联系方式",
  "boilerplate: separator line": "分隔线", "boilerplate: end mark": "结束标记",
  "boilerplate: disclaimer": "免责声明", "boilerplate: tag line": "文章标签", "boilerplate: draft marking": "草稿标记",
  "boilerplate: document marking": "会议材料编号或传阅标记", "boilerplate: table of contents": "目录",
  "boilerplate: compiler credit": "汇编单位署名",
  "boilerplate: draft note": "草稿批注", "boilerplate: takedown notice": "侵权删除声明",
  "boilerplate: memo routing": "抄送、密级等发文信息", "boilerplate: official document header": "公文版头（密级、发文机关标志、发文字号）",
  "boilerplate: official document footer": "公文版记（公开方式、印发机关和日期、印数）",
  "boilerplate: site menu before the speech": "讲话前的网站菜单", "boilerplate: page number": "页码",
  "boilerplate: forum furniture": "论坛帖子的编辑记录和按钮", "boilerplate: a remark after the speech": "讲话后的附言",
  "boilerplate: number badge over a heading": "标题上方的序号装饰", "boilerplate: wechat header": "微信文章的头部信息",
  "boilerplate: reader comment": "读者评论", "boilerplate: language switch": "语言切换链接",
  "boilerplate: table of contents marker": "文档编辑器的目录标记", "boilerplate: study notes around the transcript": "演讲全文前后的学习笔记（生词、摘要、后记等）",
  "boilerplate: label of the transcript": "“全文”“原文”等标签",
  // boilerplate: lines by their place on the page
  "boilerplate: credit (a label and a name beside another credit line)": "署名（紧挨着其他署名行）",
  "boilerplate: page headline with a column's name before a bar (the page title)": "带栏目名的网页标题（已作为页面标题）",
  "boilerplate: related-article list": "相关文章列表", "boilerplate: page title repeated at the end": "页尾重复的标题",
  "boilerplate: page summary repeated at the end": "页尾重复的摘要", "boilerplate: licence footer": "版权声明",
  "boilerplate: source note": "来源说明", "boilerplate: notes after the speech": "讲话后的注释",
  "boilerplate: site menu after the speech": "讲话后的网站菜单", "boilerplate: credits after the speech": "讲话后的署名（编辑等）",
  "boilerplate: source tag at the end of the text": "文末的来源标注",
  "boilerplate: original headline at the end of the text": "文末的原标题", "boilerplate: news lead of the meeting above the speech": "讲话前的会议新闻导语",
  "boilerplate: readers' comments after the speech": "讲话后的读者评论",
  "boilerplate: appeal for support after the speech": "讲话后请读者支持的呼吁",
  "boilerplate: about the author or translator, after the speech": "讲话后的作者、译者介绍",
  "boilerplate: reading list or references after the speech": "讲话后的推荐阅读或参考文献",
  "boilerplate: vocabulary list after the speech": "讲话后的词汇表",
  "boilerplate: a word about the speaker after the speech": "讲话后介绍讲话人的文字",
  "boilerplate: news report above the speech (the page says where the speech starts)": "讲话前的新闻报道",
  "boilerplate: news report above the speech's opening words": "讲话开头前的新闻报道",
  "boilerplate: news report above the speech's title block (title, speaker, salutation)": "讲话标题、署名、称谓前的新闻报道",
  "boilerplate: news report after the speech": "讲话后的新闻报道",
  "boilerplate: the news item's headline lines above its report": "新闻报道上方的新闻标题",
  "boilerplate: the news item's headline, taken as the page title": "新闻标题（已作为页面标题）",
  "boilerplate: report or summary between the headline and the salutation": "标题和称谓之间的报道或摘要",
  "boilerplate: speaker label before the salutation": "称谓前的讲话人标签",
  "boilerplate: preface or introduction above the page's 【正文】 label": "【正文】标签前的前言或介绍",
  "boilerplate: preface between the headline and the speech's title said again": "网页标题和讲话标题之间的前言",
  "boilerplate: commentary about the speech above it (the speech opens under it)": "讲话前对讲话的评述",
  "boilerplate: the speaker's biography above the speech": "讲话前的讲话人简介",
  "boilerplate: editor's headnote above the speech (a dated occasion set off by a dash)": "讲话前的编者题注（时间和场合）",
  // split: between and around the speeches of a page
  "split: page head before the first speech": "第一篇之前的页首",
  "split: note or source line before the first speech": "第一篇之前的说明或来源",
  "split: page summary before the first speech": "第一篇之前的摘要", "split: note under the title": "标题下的说明",
  "split: note between speeches": "两篇之间的说明", "split: part marker": "分篇标记",
  "split: part label, taken as the part's title": "分篇标签（已作为这篇的标题）",
  "split: appendix label (the appendix is a part of its own)": "附件标签（附件单独成篇）",
  "split: marks around an appendix label taken as its title": "附件标签两边的符号（标签已作为标题）",
  "split: host's words between speeches": "主持人串词",
  "split: colon after a speaker's label (the label is the byline)": "讲话人后面的冒号（讲话人已作为署名）",
  "split: brackets around a speaker's attribution (the speaker is the byline)": "讲话人两边的括号（讲话人已作为署名）",
  // structure: around one speech's title and its first and last lines
  "structure: note before the speech": "讲话前的说明", "structure: page clutter after the speech": "讲话后的网页杂项",
  "structure: title repeated": "重复的标题", "structure: page summary before the repeated title": "重复标题前的摘要",
  "structure: page headline above the speech's own title": "讲话标题上方的网页标题",
  "structure: page headline above the first part's numbered title": "第一篇编号标题上方的网页标题",
  "structure: source named before the title": "标题前的来源",
  "structure: speaker's name before the title, taken as the speaker": "标题前的讲话人姓名（已作为署名）",
  "structure: emphasis marks around the title": "标题两边的强调符号",
  "structure: title line given without its book-title marks and the note after them": "原标题行（标题已去掉书名号和后面的说明）",
  "structure: subtitle said again": "重复的副标题", "structure: a second subtitle": "多出的副标题（保留第一个）",
  "removed by hand": "手动删除",
};
// Reasons with a line's name in them ("structure: a second date (the first stands)"): {} is the name,
// translated by REASON_PARTS (structure.py ONE_PER_SPEECH).
const REASON_TEMPLATES = {
  "structure: {} said again": "重复的{}", "structure: a second {} (the first stands)": "多出的{}（保留第一个）",
};
const REASON_PARTS = { "speaker line": "署名", "date": "日期", "salutation": "称谓", "signature": "落款" };
const WARNINGS = {
  "lossy-char": "可能有字在转码时丢失（汉字之间的“?”），请对照原文", "replacement-char": "原文有无法识别的字符（�）",
  "broken-bytes": "原文的部分字节已损坏，已尽量解码", "mixed-encodings": "原文混用了几种编码",
  "stray-nul": "原文中有空字符（NUL），已删除，请核对附近的文字",
  "lone-surrogate": "原文有无效字符，已替换", "image-dropped": "原文中的图片没有保留",
  "object-dropped": "原文中的图表、嵌入对象等没有保留，需要时请手动插入",
  "table-flattened": "原文中的表格已改为文字段落", "docx-symbol": "Word 文件里有无法识别的符号字体字符，已略去",
  "pdf-page-without-text": "PDF 中有的页面没有文字（可能是扫描的图片），这些页的内容缺失",
  "pdf-unmapped-chars": "PDF 中有的字无法可靠识别，可能有错字，请对照原文",
  "missing-glyph": "字体里没有这个字，排版时会留空", "pdf-unknown-role": "样式方案缺少某一类文字的设置",
  "docx-missing-glyph": "字体里没有这些字，Word 会用电脑上的其他字体显示",
  "docx-font-coverage": "字体只包含 GB2312 的字，这些字在 Word 里会换用其他字体",
  "docx-font-not-embedded": "参考文档用到的字体无法嵌入，读者的电脑需要装有这个字体",
  "docx-unknown-role": "样式方案缺少某一类文字的 Word 样式，已按正文排", "docx-unstyled-span": "某一类文字没有 Word 字符样式，已沿用段落的样式",
  "docx-invalid-char": "有 Word 文件不能保存的控制字符，已略去", "md-invalid-char": "有无效字符，已替换为 �",
};

/** Return ``reason`` through a REASON_TEMPLATES row (its {} part through REASON_PARTS), or null. */
function templateText(reason) {
  for (const [template, text] of Object.entries(REASON_TEMPLATES)) {
    const [before, after] = template.split("{}");
    if (reason.length > before.length + after.length && reason.startsWith(before) && reason.endsWith(after)) {
      const part = reason.slice(before.length, reason.length - after.length);
      return text.replace("{}", REASON_PARTS[part] ?? part);
    }
  }
  return null;
}

/** Return a removal reason in the page's language. */
export const reasonText = (reason) => (lang === "zh" && (REASONS[reason] ?? templateText(reason))) || reason;

/** Return what a warning line (``code: text (hint)``) means in the page's language, or null. */
export const warningText = (line) => (lang === "zh" && WARNINGS[line.split(":", 1)[0]]) || null;

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
  for (const el of document.querySelectorAll("[data-i18n-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel));
    el.title = t(el.dataset.i18nLabel);
  }
  document.title = `${t("app")} · speechconv`;
  const button = document.getElementById("lang");
  button.textContent = lang === "en" ? "中文" : "English";
  button.lang = lang === "en" ? "zh-CN" : "en";
  try { localStorage.setItem("speechconv-lang", lang); } catch { /* private mode: not kept */ }
}
