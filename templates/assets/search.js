// sitegen search: loads search/meta.json on first use, then only the index chunks a query's
// terms fall in and one small file per result shown. No dependencies, no requests elsewhere.
// "/" or Ctrl-K (Cmd-K) opens search from any page; ?q= runs a query.
// Splits text exactly as sitegen's SearchTokenizer does (Hangul bigrams, identifier parts).
((factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start(document, window);
})(() => {
  "use strict";
  const MAX = 30, SUFFIXES = 8, SHOWN = 5;
  const SYL = 1, LETTER = 2, DIGIT = 3, JOIN = 4, SEP = 5;
  const OTHER = /[\p{L}\p{N}\p{M}]/u;
  const PARTICLES = ("에서는 으로는 에서도 이라는 에게서 까지 부터 에서 으로 에게 한테 처럼 보다 라는 이나 이랑 과의 와의 에는 에도 " +
    "은 는 이 가 을 를 의 에 로 와 과 도 만 랑").split(" ");
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", DEC = {};
  for (let b = 0; b < 64; b++) DEC[B64[b]] = b;

  const kind = (c) => {
    if (c < 128) {
      if (c >= 48 && c <= 57) return DIGIT;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTER;
      return c === 95 || c === 46 ? JOIN : SEP;
    }
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF)) return SYL;
    return c <= 0xFFFF && OTHER.test(String.fromCharCode(c)) ? LETTER : SEP;
  };
  const upper = (c) => c >= 65 && c <= 90, lower = (c) => c >= 97 && c <= 122, digit = (c) => c >= 48 && c <= 57;

  // A word's parts, lowercased: split at "_", ".", camelCase and letter/digit boundaries.
  const parts = (w) => {
    const out = [];
    let cur = "", start = true;
    w.forEach((c, i) => {
      const p = w[i - 1];
      if (kind(c) === JOIN) return (start = true);
      if (start || (kind(p) !== JOIN && (digit(p) !== digit(c) || (lower(p) && upper(c)) || (upper(p) && upper(c) && lower(w[i + 1]))))) {
        if (cur) out.push(cur);
        cur = "";
        start = false;
      }
      cur += String.fromCodePoint(c).toLowerCase();
    });
    if (cur) out.push(cur);
    return out;
  };

  // Words (as their parts) and runs of syllables, in order.
  const pieces = (text) => {
    const out = [];
    let word = [], run = "", glued = false, lastWord = false;
    const flushWord = () => {
      while (word.length && kind(word[word.length - 1]) === JOIN) word.pop();
      if (word.length) out.push({ parts: parts(word) });
      word = [];
    };
    for (const ch of text.normalize("NFC")) {
      const c = ch.codePointAt(0), k = kind(c);
      if (k === SYL) {
        if (word.length) flushWord();
        if (!run) glued = lastWord;
        run += ch;
        lastWord = false;
        continue;
      }
      if (run) out.push({ run, glued });
      run = "";
      if (k === LETTER || k === DIGIT) { word.push(c); lastWord = true; }
      else if (k === JOIN && lastWord) { word.push(c); lastWord = false; }
      else { flushWord(); lastWord = false; }
    }
    flushWord();
    if (run) out.push({ run, glued });
    return out;
  };

  const bigrams = (s) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

  // The terms sitegen indexes for a text (for tests: must equal SearchTokenizer's).
  const terms = (text) => pieces(text).flatMap((p) =>
    p.parts ? p.parts.slice(0, SUFFIXES).map((_, i) => p.parts.slice(i).join("").slice(0, MAX))
      : p.run.length > 1 ? bigrams(p.run) : p.glued ? [] : [p.run]);

  const stem = (run) => {
    for (let n = 3; n > 0; n--) if (run.length - n >= 2 && PARTICLES.includes(run.slice(-n))) return run.slice(0, -n);
    return run;
  };
  const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const escapeHTML = (s) => s.replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");

  // What a query asks for: each word a prefix; each Hangul word all its bigrams (a particle
  // at its end optional, but ranked higher when present); a particle after a Latin word dropped.
  const parseQuery = (q) => {
    const reqs = [], seen = new Set();
    for (const p of pieces(q)) {
      let r;
      if (p.parts) r = { prefix: p.parts.join("").slice(0, MAX), pattern: p.parts.map(escapeRe).join("[._]?") };
      else if (p.glued && (p.run.length === 1 || PARTICLES.includes(p.run))) continue;
      else if (p.run.length === 1) r = { prefix: p.run, pattern: p.run };
      else {
        const s = stem(p.run);
        r = { all: bigrams(s), bonus: bigrams(p.run).slice(s.length - 1), pattern: escapeRe(s) };
      }
      if (!seen.has(r.pattern)) { seen.add(r.pattern); reqs.push(r); }
    }
    return reqs;
  };

  // A posting list: [document, weight, document, weight, …].
  const decode = (s) => {
    const out = [];
    for (let i = 0, doc = -1; i < s.length;) {
      let gap = 0, unit = 1, v;
      do { v = DEC[s[i++]]; gap += (v & 31) * unit; unit *= 32; } while (v & 32);
      doc += gap + 1;
      out.push(doc, DEC[s[i++]]);
    }
    return out;
  };

  // Title 64, tag 32, heading 16, body count up to 7.
  const score = (w) => (w & 1 ? 64 : 0) + (w & 2 ? 32 : 0) + (w & 4 ? 16 : 0) + (w >> 3);

  // The index: meta.json first; each chunk and document file loaded at most once.
  class Index {
    constructor(url, load) { Object.assign(this, { url, load, files: {} }); }
    meta() { return this.m || (this.m = this.load(this.url).then((m) => ((this.starts = m.chunks.map((c) => c[0])), m))); }
    file(path) {
      const url = new URL(path, new URL(this.url, "http://x/")).href;
      return this.files[url] || (this.files[url] = this.load(url.replace(/^http:\/\/x/, "")));
    }
    doc(id) { return this.file("d/" + id + ".json"); }
    // Chunks whose terms can lie between `from` and `to`.
    range(from, to) {
      const s = this.starts, out = [];
      let k = 0;
      while (k + 1 < s.length && s[k + 1] <= from) k++;
      do out.push(k++); while (k < s.length && s[k] <= to);
      return out;
    }
    // [term, postings] of every term equal to `t`, or starting with it.
    async lookup(t, prefix, m) {
      const arrays = await Promise.all(this.range(t, prefix ? t + "\uffff" : t).map((k) => this.file("i/" + m.chunks[k][1] + ".json")));
      const out = [];
      for (const a of arrays) {
        let lo = 0, hi = a.length / 2;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid * 2] < t) lo = mid + 1; else hi = mid; }
        for (let i = lo * 2; i < a.length && (a[i] === t || (prefix && a[i].startsWith(t))); i += 2) out.push([a[i], decode(a[i + 1])]);
      }
      return out;
    }
  }

  // One requirement's matches: document -> score.
  const matchReq = async (index, r, m) => {
    const docs = new Map();
    if (r.prefix) {
      for (const [term, p] of await index.lookup(r.prefix, true, m)) {
        for (let i = 0; i < p.length; i += 2) {
          const s = score(p[i + 1]) + (term === r.prefix ? 1 : 0);
          if (!(docs.get(p[i]) >= s)) docs.set(p[i], s);
        }
      }
      return docs;
    }
    const lists = await Promise.all(r.all.concat(r.bonus).map((t) => index.lookup(t, false, m)));
    let found = null;
    lists.forEach((list, n) => {
      const here = new Map(), p = list.length ? list[0][1] : [];
      for (let i = 0; i < p.length; i += 2) here.set(p[i], p[i + 1]);
      if (n >= r.all.length) return found.forEach((v, d) => here.has(d) && v.bonus++);
      const next = new Map();
      (found || here).forEach((v, d) => {
        const w = here.get(d);
        if (w !== undefined) next.set(d, found ? { mask: v.mask & w & 7, count: Math.min(v.count, w >> 3), bonus: 0 } : { mask: w & 7, count: w >> 3, bonus: 0 });
      });
      found = next;
    });
    found.forEach((v, d) => docs.set(d, score(v.mask | (v.count << 3)) + (v.bonus && v.bonus === r.bonus.length ? 2 : 0)));
    return docs;
  };

  // Every document matching all requirements, best first (ties: newer first).
  const search = async (index, q) => {
    const reqs = parseQuery(q), hits = [];
    if (!reqs.length) return { reqs, hits };
    const m = await index.meta();
    const maps = (await Promise.all(reqs.map((r) => matchReq(index, r, m)))).sort((a, b) => a.size - b.size);
    maps[0].forEach((s, d) => {
      for (const map of maps.slice(1)) { if (!map.has(d)) return; s += map.get(d); }
      hits.push([d, s]);
    });
    hits.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return { reqs, hits };
  };

  // A snippet around the first match, matches marked, linking to the heading before it.
  const snippet = (doc, reqs) => {
    const re = new RegExp(reqs.map((r) => r.pattern).join("|"), "gi");
    let text = doc.x, found = re.exec(text);
    if (!found) { text = doc.s || text; re.lastIndex = 0; found = re.exec(text); }
    const at = found ? found.index : 0, from = text.lastIndexOf(" ", Math.max(0, at - 40)) + 1, to = Math.min(text.length, from + 130);
    const piece = text.slice(from, to).replace(/\n/g, " ");
    let html = "", last = 0, section = null;
    piece.replace(re, (hit, pos) => {
      html += escapeHTML(piece.slice(last, pos)) + "<mark>" + escapeHTML(hit) + "</mark>";
      last = pos + hit.length;
    });
    html = (from > 0 ? "… " : "") + html + escapeHTML(piece.slice(last)) + (to < text.length ? " …" : "");
    if (found && text === doc.x) for (const h of doc.h) if (h[0] <= at) section = h;
    return { html, url: doc.u + (section ? "#" + encodeURIComponent(section[1]) : ""), heading: section ? section[2] : "" };
  };

  const start = (document, window) => {
    const input = document.querySelector("[data-search-input]"), link = document.querySelector(".search-link");
    document.addEventListener("keydown", (e) => {
      const el = document.activeElement, typing = el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
      const ctrlK = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (e.isComposing || !(ctrlK || (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey))) return;
      e.preventDefault();
      if (input) { input.focus(); input.select(); } else if (link) window.location.href = link.href;
    });
    if (input) page(document, window, input);
  };

  // The search page: results as the reader types, arrow keys between them.
  const page = (document, window, input) => {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    const status = document.querySelector("[data-search-status]"), more = document.querySelector("[data-search-more]");
    const index = new Index(input.form.getAttribute("data-search-index"), (url) =>
      window.fetch(url).then((r) => { if (!r.ok) throw new Error(url); return r.json(); }));
    let seq = 0, result = null, shown = 0;
    const links = () => Array.from(list.querySelectorAll("a"));
    const focus = (e, i) => { const a = links()[i]; if (a) { e.preventDefault(); a.focus(); } };
    const item = (doc) => {
      const s = snippet(doc, result.reqs), meta = [doc.d, ...doc.g.map((t) => "#" + t)].filter(Boolean).join(" · ");
      return '<li class="search-result"><a href="' + escapeHTML(s.url) + '"><span class="search-result-title">' + escapeHTML(doc.t) + "</span>" +
        (s.heading ? '<span class="search-result-section">' + escapeHTML(s.heading) + "</span>" : "") + "</a>" +
        '<p class="search-snippet">' + s.html + '</p><p class="post-meta">' + escapeHTML(meta) + "</p></li>";
    };
    const show = async (upTo) => {
      const mine = seq, hits = result.hits.slice(shown, upTo);
      shown = Math.min(upTo, result.hits.length);
      more.hidden = shown >= result.hits.length;
      // Every file is asked for at once; each result shows as soon as it and those above it
      // are here, so the first one does not wait for the slowest of the page.
      // aria-busy tells assistive technology (and the end-to-end test) when the page is complete.
      const loads = hits.map((h) => index.doc(h[0]));
      list.setAttribute("aria-busy", "true");
      for (const load of loads) {
        const doc = await load;
        if (mine !== seq) return;
        list.insertAdjacentHTML("beforeend", item(doc));
      }
      list.removeAttribute("aria-busy");
    };
    const go = async () => {
      const q = input.value.trim(), mine = ++seq;
      window.history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : window.location.pathname);
      try {
        const r = await search(index, q);
        if (mine !== seq) return;
        result = r;
        shown = 0;
        list.innerHTML = "";
        status.textContent = !q ? "" : r.hits.length ? `‘${q}’ 검색 결과 ${r.hits.length}개` : `‘${q}’에 맞는 글이 없습니다.`;
        await show(SHOWN);
      } catch (e) {
        if (mine === seq) { status.textContent = "검색 색인을 불러오지 못했습니다."; list.removeAttribute("aria-busy"); }
      }
    };
    input.form.addEventListener("submit", (e) => { e.preventDefault(); go(); });
    input.addEventListener("input", go);
    input.addEventListener("keydown", (e) => e.key === "ArrowDown" && focus(e, 0));
    list.addEventListener("keydown", (e) => {
      const i = links().indexOf(document.activeElement);
      if (e.key === "ArrowDown") focus(e, i + 1);
      else if (e.key === "ArrowUp" || e.key === "Escape") {
        if (i > 0 && e.key === "ArrowUp") focus(e, i - 1);
        else { e.preventDefault(); input.focus(); }
      }
    });
    more.addEventListener("click", () => show(shown + SHOWN));
    const q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; go(); } else index.meta().catch(() => {});
  };

  return { terms, parseQuery, decode, score, Index, search, snippet, start };
});
