"use strict";
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
  const findings = $$(".f");
  const pages = $$("details.page");
  const pos = $("#pos");
  const total = findings.length;
  const fmt = n => n.toLocaleString("en-US");
  const textOf = new Map();
  let shown = findings;
  let cur = -1;

  const checked = name => new Set($$(`input[name="${name}"]`).filter(i => i.checked).map(i => i.value));
  const allLangs = $$('input[name="lang"]').length === 0;

  function text(f) {
    let t = textOf.get(f);
    if (t === undefined) { t = f.textContent.toLowerCase(); textOf.set(f, t); }
    return t;
  }

  function apply() {
    const langs = checked("lang"), sevs = checked("sev");
    const rule = $("#rule").value, q = $("#q").value.trim().toLowerCase();
    const narrowed = rule !== "" || q !== "" || sevs.size < 3;
    const langOk = l => allLangs || langs.has(l);
    const pageHit = new Map();
    for (const p of pages) pageHit.set(p, q !== "" && p.dataset.path.includes(q));
    const visibleIn = new Map();
    for (const f of findings) {
      const page = f.closest("details.page");
      const ok = langOk(f.dataset.lang) && sevs.has(f.dataset.sev) && (rule === "" || f.dataset.rule === rule)
        && (q === "" || (page && pageHit.get(page)) || text(f).includes(q));
      f.hidden = !ok;
      if (ok && page) visibleIn.set(page, (visibleIn.get(page) || 0) + 1);
    }
    for (const p of pages) {
      p.hidden = !langOk(p.dataset.lang) || (narrowed && !visibleIn.get(p) && !pageHit.get(p));
    }
    for (const el of $$(".lang-head, .card, table.worst tr[data-lang]")) {
      if (el.dataset.lang) el.hidden = !langOk(el.dataset.lang);
    }
    shown = findings.filter(f => !f.hidden && !(f.closest("details.page") || {}).hidden);
    setCurrent(-1);
  }

  function setCurrent(i) {
    const old = shown[cur];
    if (old) old.classList.remove("cur");
    cur = i;
    const f = shown[cur];
    if (f) f.classList.add("cur");
    pos.textContent = f ? `${fmt(cur + 1)} / ${fmt(shown.length)}`
      : shown.length === total ? `${fmt(total)} findings` : `${fmt(shown.length)} of ${fmt(total)} findings`;
  }

  function reveal(el) {
    for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "center" });
  }

  function go(delta) {
    if (shown.length === 0) return;
    let i = cur;
    if (i < 0) {
      // Start from what is on the screen: the first finding below the top of the view.
      const top = 60;
      i = shown.findIndex(f => f.closest("details.page") && f.closest("details.page").open && f.getBoundingClientRect().top > top);
      i = i < 0 ? (delta > 0 ? 0 : shown.length - 1) : (delta > 0 ? i : i - 1);
    } else {
      i = i + delta;
    }
    i = (i + shown.length) % shown.length;
    setCurrent(i);
    reveal(shown[i]);
    shown[i].focus({ preventScroll: true });
  }

  function fromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (!el) return;
    if (el.tagName === "DETAILS") el.open = true;
    reveal(el);
    const i = shown.indexOf(el);
    if (i >= 0) setCurrent(i);
  }

  let timer = 0;
  $("#q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 180); });
  $("#rule").addEventListener("change", apply);
  for (const i of $$('.filters input[type="checkbox"]')) i.addEventListener("change", apply);
  $("#next").addEventListener("click", () => go(1));
  $("#prev").addEventListener("click", () => go(-1));
  $("#expand").addEventListener("click", () => {
    const visible = pages.filter(p => !p.hidden);
    const open = !visible.some(p => p.open);
    for (const p of visible) p.open = open;
    $("#expand").textContent = open ? "close all" : "open all";
  });
  for (const b of $$(".rulebtn")) {
    b.addEventListener("click", () => {
      $("#rule").value = b.dataset.rule;
      apply();
      const first = shown[0];
      if (first) { setCurrent(0); reveal(first); }
    });
  }
  document.addEventListener("click", e => {
    const a = e.target.closest && e.target.closest(".fprev, .fnext");
    if (!a) return;
    e.preventDefault();
    const f = a.closest(".f");
    const i = shown.indexOf(f);
    if (i >= 0) { cur = i; shown[i].classList.add("cur"); }
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
    else if (e.key === "o") {
      const f = shown[cur];
      const page = f ? f.closest("details.page") : null;
      if (page) { page.open = !page.open; if (!page.open) page.scrollIntoView({ block: "start" }); }
    }
  });
  window.addEventListener("hashchange", fromHash);
  apply();
  fromHash();
  document.documentElement.dataset.ready = "1";
})();
