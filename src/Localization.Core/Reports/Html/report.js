"use strict";
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
  const pages = $$("details.page");
  const pos = $("#pos");
  const rules = $$("#rule option").slice(1).map(o => o.value);
  const fmt = n => n.toLocaleString("en-US");
  const sevOf = { e: "error", w: "warning", i: "info" };
  const tokens = new Map(pages.map(p => [p, (p.dataset.f || "").split(" ").filter(Boolean)
    .map(t => ({ rule: rules[+t.slice(0, -1)], sev: sevOf[t.slice(-1)] }))]));
  const total = pages.reduce((n, p) => n + tokens.get(p).length, 0);
  const plain = new Map();
  let filter = null;
  let shown = [];          // pages shown, in order
  let count = new Map();   // page -> findings shown in it
  let cur = null;          // { page, k }: the current finding, k-th shown in its page

  // A page's content arrives as inert text and becomes HTML the first time the page is opened.
  function materialize(p) {
    const data = p.querySelector(":scope > script[type='text/x-l10n-page']");
    if (!data) return;
    const holder = document.createElement("div");
    holder.innerHTML = data.textContent.replaceAll("<\\/", "<" + "/");
    data.replaceWith(...holder.childNodes);
    mark(p);
  }

  const entities = { "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&amp;": "&" };
  const decode = s => s.replace(/&(?:lt|gt|quot|#39|amp);/g, e => entities[e]);

  function text(p) {
    let t = plain.get(p);
    if (t === undefined) {
      const data = p.querySelector(":scope > script[type='text/x-l10n-page']");
      t = (data ? decode(data.textContent.replace(/<[^>]*>/g, " ")) : p.textContent).toLowerCase();
      plain.set(p, t);
    }
    return t;
  }

  const fits = f => filter.langs(f.lang) && filter.sevs.has(f.sev) && (filter.rule === "" || filter.rule === f.rule);

  // Shows and hides the finding markers of an opened page as the filters say.
  function mark(p) {
    if (!filter) return;
    const list = tokens.get(p);
    $$(".f", p).forEach((f, i) => { f.hidden = !fits({ ...list[i], lang: p.dataset.lang }); });
  }

  function apply() {
    const langs = new Set($$('input[name="lang"]').filter(i => i.checked).map(i => i.value));
    const sevs = new Set($$('input[name="sev"]').filter(i => i.checked).map(i => i.value));
    const anyLang = $$('input[name="lang"]').length === 0;
    const q = $("#q").value.trim().toLowerCase();
    filter = { langs: l => anyLang || l === "" || langs.has(l), sevs, rule: $("#rule").value };
    const narrowed = filter.rule !== "" || sevs.size < 3;
    count = new Map();
    shown = [];
    for (const p of pages) {
      const n = tokens.get(p).filter(t => fits({ ...t, lang: p.dataset.lang })).length;
      const visible = filter.langs(p.dataset.lang) && (!narrowed || n > 0)
        && (q === "" || p.dataset.path.includes(q) || text(p).includes(q));
      p.hidden = !visible;
      mark(p);
      if (!visible) continue;
      shown.push(p);
      count.set(p, n);
    }
    for (const el of $$(".lang-head[data-lang], .card, table.worst tr[data-lang]")) el.hidden = !filter.langs(el.dataset.lang);
    for (const h of $$(".lang-head[data-lang]")) {
      if (!h.hidden) h.hidden = !shown.some(p => p.dataset.lang === h.dataset.lang);
    }
    setCurrent(null);
  }

  const shownTotal = () => shown.reduce((n, p) => n + count.get(p), 0);

  function setCurrent(c) {
    const old = $(".f.cur");
    if (old) old.classList.remove("cur");
    cur = c;
    const n = shownTotal();
    if (!cur) {
      pos.textContent = n === total ? `${fmt(total)} findings` : `${fmt(n)} of ${fmt(total)} findings`;
      return null;
    }
    materialize(cur.page);
    const f = $$(".f", cur.page).filter(x => !x.hidden)[cur.k];
    if (f) f.classList.add("cur");
    let before = 0;
    for (const p of shown) { if (p === cur.page) break; before += count.get(p); }
    pos.textContent = `${fmt(before + cur.k + 1)} / ${fmt(n)}`;
    return f;
  }

  function reveal(el) {
    for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "center" });
  }

  function go(delta) {
    const withFindings = shown.filter(p => count.get(p) > 0);
    if (withFindings.length === 0) return;
    let c;
    if (!cur || !count.get(cur.page)) {
      c = delta > 0 ? { page: withFindings[0], k: 0 }
        : { page: withFindings[withFindings.length - 1], k: count.get(withFindings[withFindings.length - 1]) - 1 };
    } else {
      const k = cur.k + delta;
      if (k >= 0 && k < count.get(cur.page)) c = { page: cur.page, k };
      else {
        let i = withFindings.indexOf(cur.page) + (delta > 0 ? 1 : -1);
        i = (i + withFindings.length) % withFindings.length;
        c = { page: withFindings[i], k: delta > 0 ? 0 : count.get(withFindings[i]) - 1 };
      }
    }
    const f = setCurrent(c);
    if (f) { reveal(f); f.focus({ preventScroll: true }); }
  }

  function fromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (!el) return;
    if (el.tagName === "DETAILS") { materialize(el); el.open = true; el.scrollIntoView({ block: "start" }); return; }
    reveal(el);
  }

  for (const p of pages) p.addEventListener("toggle", () => { if (p.open) materialize(p); });
  let timer = 0;
  $("#q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 200); });
  $("#rule").addEventListener("change", apply);
  for (const i of $$('.filters input[type="checkbox"]')) i.addEventListener("change", apply);
  $("#next").addEventListener("click", () => go(1));
  $("#prev").addEventListener("click", () => go(-1));
  $("#expand").addEventListener("click", () => {
    const open = !shown.some(p => p.open);
    for (const p of shown) { if (open) materialize(p); p.open = open; }
    $("#expand").textContent = open ? "close all" : "open all";
  });
  for (const b of $$(".rulebtn")) {
    b.addEventListener("click", () => { $("#rule").value = b.dataset.rule; apply(); go(1); });
  }
  document.addEventListener("click", e => {
    const a = e.target.closest && e.target.closest(".fprev, .fnext");
    if (!a) return;
    e.preventDefault();
    const f = a.closest(".f");
    const page = f.closest("details.page");
    const k = $$(".f", page).filter(x => !x.hidden).indexOf(f);
    if (k >= 0) cur = { page, k };
    go(a.classList.contains("fnext") ? 1 : -1);
  });
  document.addEventListener("keydown", e => {
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (e.key === "Escape" && t && t.id === "q") { t.value = ""; apply(); t.blur(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j" || e.key === "n") { e.preventDefault(); go(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); go(-1); }
    else if (e.key === "/") { e.preventDefault(); $("#q").focus(); }
    else if (e.key === "o" && cur) { cur.page.open = !cur.page.open; if (!cur.page.open) cur.page.scrollIntoView({ block: "start" }); }
  });
  window.addEventListener("hashchange", fromHash);
  apply();
  fromHash();
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = "1";
})();
