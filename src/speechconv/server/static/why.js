// "Why?" on a line: the evidence the reading weighed (POST /api/why), in words. The feature names are
// those of speechconv.passes.reading.features; each has a gloss here ([Chinese, English]), and one
// without a gloss is shown by its name.
import { language, t } from "./i18n.js";

const FEATURES = {
  "end:period": ["以句号结尾", "ends with 。"], "end:excl": ["以感叹号结尾", "ends with ！"],
  "end:q": ["以问号结尾", "ends with ？"], "end:colon": ["以冒号结尾", "ends with a colon"],
  "end:comma": ["以逗号或顿号结尾", "ends with a comma"], "end:semi": ["以分号结尾", "ends with a semicolon"],
  "end:ellipsis": ["以省略号结尾", "ends with …"], "end:close": ["以引号或括号结尾", "ends with a closing quote or bracket"],
  "end:en-stop": ["以英文句点结束一句（非缩写）", "ends an English sentence with a full stop (no abbreviation)"],
  "end:none": ["结尾没有标点", "no mark at the end"],
  "len:en-title": ["英文行，长度像标题（41–150 个字母，句中无句号）", "an English line of a title's length (41–150 letters, no sentence mark)"],
  "pat:about": ["“关于……的报告”式的公文标题", "an official title of the form 关于…的报告"],
  "has:sentence-inside": ["不止一句话", "holds more than one sentence"], "has:comma": ["含逗号", "has a comma"],
  "has:no-punct": ["没有标点", "no punctuation"], "has:cjk-space": ["汉字之间有空格", "spaces between Chinese characters"],
  "form:h1": ["编号像一级标题（一、）", "numbered like a level-1 heading (一、)"],
  "form:h2": ["编号像二级标题（（一））", "numbered like a level-2 heading (（一）)"],
  "form:h3": ["编号像三级标题（1.）", "numbered like a level-3 heading (1.)"],
  "form:h4": ["编号像四级标题（（1））", "numbered like a level-4 heading (（1）)"],
  "form:enum": ["“一是、二是”式列举", "an enumeration (一是, 二是…)"],
  "page:prose-before-salutation": ["页首称呼之前的段落", "prose above the page's first salutation"],
  "page:bold-lead-series": ["页中三段以上以粗体句开头", "one of three or more paragraphs opening with a bold sentence"],
  "page:bold-common": ["粗体在本页很常见（30行以上且占四分之一）", "bold is common here (30 lines or more, a quarter of the page)"],
  "pat:dateline": ["通讯社电头（新华社北京…电）", "a news agency's dateline (新华社北京…电)"],
  "pat:lead-in": ["以“全文如下：”等结尾", "ends handing over to the text (全文如下：)"],
  "pat:speaks": ["长段落，首句以第一人称说话（不是报道或编者按）", "long prose whose first sentence speaks in the first person (no report or note)"],
  "pat:date-only": ["只是一个日期（不能作标题）", "a date and nothing else (never a title)"],
  "pat:signs-off": ["正文末句之后的职务（和姓名）落款", "an office (and name) signing off after the last sentence"],
  "pat:bracketed": ["整行在括号里（不能作标题）", "a line wholly in brackets (never a title)"],
  "pat:reports-address": ["以第三人称报道某职务者发表讲话", "reports in the third person that an office-holder spoke"],
  "pat:org-speaker": ["发言单位（民建市委会、市工商联等）", "a speaking body (民建市委会, 市工商联…)"],
  "pat:latin-name": ["拉丁字母人名", "a name in Latin letters"],
  "pat:en-speaker": ["英文职务或称谓加人名（Ambassador Jane Miller）", "an English office or title and a name (Ambassador Jane Miller)"],
  "form:bare": ["单独一行的序号（一、（二））", "a number alone on its line (一, （二）)"],
  "pat:subtitle": ["破折号引出的“在……上的讲话”", "a dash-led 在……上的讲话"], "pat:dash": ["以破折号开头", "starts with a dash"],
  "pat:speaker-dash": ["破折号后是讲话人", "a dash before a speaker"], "pat:date": ["像日期", "looks like a date"],
  "pat:dated-byline": ["讲话人和日期", "a speaker and a date"], "pat:office": ["含职务（书记、校长……）", "names an office (书记, 校长…)"],
  "pat:office-name": ["职务后跟人名", "an office followed by a name"], "pat:speaker-label": ["“发言人：”式标注", "a speaker label (发言人：…)"],
  "pat:ends-with-name": ["以空格隔开的人名结尾", "ends in a name set apart by a space"], "pat:name": ["只有人名", "only a name"],
  "pat:spaced-name": ["有用空格隔开的人名", "has a name set apart by spaces"],
  "pat:affiliation": ["含所在单位（学校、班级、公司……）", "names where the speaker is from (school, class, company…)"],
  "pat:address": ["含称呼（同志、来宾……）", "addresses people (同志, 来宾…)"], "pat:salutation": ["像称谓", "looks like a salutation"],
  "pat:opens-salutation": ["像多行称谓的第一行", "opens a salutation over several lines"],
  "pat:greeting-only": ["只是问候（大家好）", "only a greeting (大家好)"], "pat:thanks": ["像结束语（谢谢大家）", "looks like a closing (谢谢大家)"],
  "pat:speech-word": ["含“讲话”“致辞”等词", "has a word like 讲话 or 致辞"], "pat:meeting": ["含“会议”“典礼”等词", "names a meeting or ceremony"],
  "pat:occasion": ["“某某在…上的讲话”式场合行", "names the occasion (…在…上的讲话)"],
  "pat:part-word": ["只是“引言”“结论”“致辞”等词", "only a word such as 引言, 结论, 致辞"],
  "pat:editor": ["像编者按或来源说明", "looks like an editor's note or a source line"],
  "pat:count": ["像“精选3篇”的合集说明", "announces a collection (精选3篇)"], "pat:label": ["以冒号结尾的短标签", "a short label ending in a colon"],
  "pat:issuer": ["以单位名称结尾", "ends in an organisation's name"], "pat:titleish": ["短而无句末标点，像标题", "short, no sentence mark: like a title"],
  "has:period-inside": ["句中有句号", "a full stop inside"],
  "page:short-run": ["连续多行极短无标点（像菜单）", "in a run of very short lines (like a menu)"],
  "pat:address-call": ["以感叹号呼唤听众（同志们！）", "calls on the audience with an exclamation mark"],
  "pat:news-lead": ["新闻导语（电头或日期，转述讲话）", "a news report's lead (dateline, the event told)"],
  "pat:title-line": ["标题与“——”副标题同在一行", "a title and its ——subtitle on one line"],
  "pat:marker-shape": ["像分篇标记（篇一、第二篇）", "shaped like a part marker (篇一, 第二篇)"],
  "hint:bold-lead": ["开头一句加粗", "its first sentence is bold"], "hint:h1": ["原网页标为一级标题", "a level-1 heading in the source"],
  "hint:h2": ["原网页标为二级标题", "a level-2 heading in the source"], "hint:h3+": ["原网页标为三级或更低标题", "a level-3 or lower heading in the source"],
  "hint:bold": ["整行加粗", "bold throughout"], "hint:center": ["居中", "centred"], "hint:right": ["右对齐", "right-aligned"],
  "hint:bigger": ["字号大很多", "in a much larger font"], "hint:big": ["字号较大", "in a larger font"], "hint:small": ["字号较小", "in a smaller font"],
  "hint:size-normal": ["字号正常", "in the usual font size"], "hint:indent0": ["没有缩进", "not indented"], "hint:indent": ["有缩进", "indented"],
  "hint:blank-before": ["前面有空行", "a blank line before it"], "hint:list": ["原文是列表项（列表项是正文，不作标题）", "a list item in the source (body text, never a heading)"], bias: ["这种类型本身的倾向", "how common the role is"],
  "pos:first": ["第一行", "the first line"], "pos:second": ["第二行", "the second line"], "pos:early": ["靠前", "near the start"],
  "pos:last": ["最后一行", "the last line"], "pos:late": ["靠后", "near the end"], "next:none": ["后面没有了", "nothing after it"],
  "page:same-as-title": ["与网页标题相同", "the same as the page title"], "page:overlaps-title": ["与网页标题部分相同", "overlaps the page title"],
  "page:repeated": ["在页面上不止出现一次", "stands more than once on the page"],
  "page:repeated-soon-after": ["紧接着又出现", "stands again just after"], "page:repeats-just-before": ["紧挨着前面出现过", "stood just before"],
  "page:marker-chain": ["属于一串编号的分篇标记", "one of a numbered chain of part markers"],
  "page:label-repeated": ["同样的标签多次出现", "the same label stands more than once"],
  "page:label-multi": ["页面上有几个不同的标签", "one of several labels on the page"],
  "page:announced": ["网页标题说明了篇数", "the page title announces a count"],
  "page:bold-series": ["属于一串醒目的短行（加粗或居中）", "one of a series of short bold or centred lines"],
  "next:marker-chain": ["下一行是一串分篇标记中的一个", "the next line is one of a chain of part markers"],
  "pair:next-short-plain": ["和下一行都是无标点短行", "with the next line: two short lines without marks"],
  "pair:prev-short-plain": ["和上一行都是无标点短行", "with the line before: two short lines without marks"],
  "pair:title-continues": ["以顿号或连词结尾，下一行像标题：标题的前半行", "ends in 、 or a joining word above a title-like line: the first half of a title"],
  "page:untitled-prose-above": ["上面已有三段以上长文而无标题", "three or more long paragraphs above it and no title over them"],
  "pat:appendix": ["附件、附录、参考资料的标签", "an appendix label (附件, 附录, 参考资料)"],
  "page:verse": ["同样字数的诗句连续四行以上", "one of four or more verse lines of one length"],
  "pat:greets": ["以问候开头（大家好，……）", "opens with a greeting (大家好，…)"],
  "pair:above-larger-title": ["下一行是字号更大的标题，本行不是它的一半", "the next line is a title in a larger face: this one is no half of it"],
  "pair:next-stronger": ["下一行字号更大或加粗，本行没有", "the next line is larger or bold, this one is not"],
  "enum&numbered": ["列举，全文有编号小标题", "an enumeration beside numbered headings"],
  "enum&unnumbered": ["列举，全文没有编号小标题", "an enumeration, no numbered headings"],
};
const CONTEXT = { "next:": ["下一行", "the next line"], "prev:": ["上一行", "the line before"] };

/** Return a feature in words, in the page's language: ``len:5-10`` "长度 5–10 字", ``next:…`` "下一行：…". */
export function featureText(name) {
  const en = language() === "en" ? 1 : 0;
  if (FEATURES[name]) return FEATURES[name][en];
  for (const [prefix, words] of Object.entries(CONTEXT)) {
    if (name.startsWith(prefix)) return `${words[en]}${en ? ": " : "："}${featureText(name.slice(prefix.length))}`;
  }
  const length = /^len:(\d+)(?:-(\d+)|\+)$/.exec(name);
  if (length) {
    const range = length[2] ? `${length[1]}–${length[2]}` : `${Number(length[1]) - 1}+`;
    return en ? `${range} characters long` : `长度 ${range} 字`;
  }
  return name;
}

const el = (tag, cls, text) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Return the box showing the evidence ``why`` (an /api/why answer): the reading's role, what the body
 * rules then made of the line, the line read, the runner-up roles and the features that weighed most. */
export function whyBox(why) {
  const box = el("div", "why-box");
  const role = (name) => t(`read_${name}`);
  box.append(el("p", "why-role", t("whyRole", { role: role(why.role), where: t(`whyAt_${why.level}`) })));
  if (why.level === "page" && why.role === "marker") box.append(el("p", "small muted", t("whyMarker")));
  if (why.body && why.body.rule) {
    box.append(el("p", "why-rule", t(`whyFinal_${why.body.rule.replace("-", "_")}`,
      { final: t(`role_${why.body.final}`), number: why.body.number || "" })));
  }
  box.append(el("p", "why-line small muted", `${t("whyLine")}${why.text}`));
  if (why.others.length) {
    box.append(el("p", "small", t("whyOthers", { others: why.others.map((o) => t("whyCost",
      { role: role(o.role), cost: o.cost.toFixed(1) })).join(language() === "en" ? ", " : "、") })));
  }
  if (why.features.length) {
    const list = el("ul", "why-features");
    for (const f of why.features) {
      const item = el("li", f.weight >= 0 ? "for" : "against");
      item.title = f.name;
      item.append(el("span", "weight", `${f.weight >= 0 ? "+" : "−"}${Math.abs(f.weight).toFixed(2)}`),
        el("span", "", featureText(f.name)), el("code", "", f.name));
      list.append(item);
    }
    box.append(el("p", "small muted", t("whyFeatures", { other: role(why.others.length ? why.others[0].role : why.role) })), list);
  }
  return box;
}
