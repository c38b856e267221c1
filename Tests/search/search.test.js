// Unit tests of templates/assets/search.js (run by `make test`: node --test Tests/search/).
// The tokenizer cases are shared with the Swift tests; the index tests read the golden
// fixture's search files, which sitegen wrote (so both sides of the format are checked).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const search = require("../../templates/assets/search.js");

const fixtures = path.join(__dirname, "..", "SiteGenCoreTests", "Fixtures");
const golden = path.join(fixtures, "golden", "expected");
const fromDisk = (root) => (url) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, decodeURIComponent(url)), "utf8")));

test("splits text exactly like sitegen's tokenizer", () => {
  const cases = JSON.parse(fs.readFileSync(path.join(fixtures, "search", "tokenizer-cases.json"), "utf8"));
  assert.ok(cases.length >= 8);
  for (const c of cases) assert.deepEqual(search.terms(c.text), c.terms, c.why);
});

test("a Hangul word asks for its bigrams, with a particle at its end optional", () => {
  assert.deepEqual(search.parseQuery("스프링배치의"), [{ all: ["스프", "프링", "링배", "배치"], bonus: ["치의"], pattern: "스프링배치" }]);
  assert.deepEqual(search.parseQuery("배치"), [{ all: ["배치"], bonus: [], pattern: "배치" }]);
  // "평가" ends in 가 but is too short to lose it; 에서 is stripped from 레디스에서.
  assert.deepEqual(search.parseQuery("평가")[0].all, ["평가"]);
  assert.deepEqual(search.parseQuery("레디스에서")[0].all, ["레디", "디스"]);
});

test("Latin words are prefixes; identifiers match across separators; particles after them drop", () => {
  assert.deepEqual(search.parseQuery("webf"), [{ prefix: "webf", pattern: "webf" }]);
  assert.deepEqual(search.parseQuery("Redis를 item_reader"), [
    { prefix: "redis", pattern: "redis" },
    { prefix: "itemreader", pattern: "item[._]?reader" },
  ]);
  assert.deepEqual(search.parseQuery("락"), [{ prefix: "락", pattern: "락" }]);
  assert.deepEqual(search.parseQuery("  ---  "), []);
  assert.deepEqual(search.parseQuery("redis Redis"), [{ prefix: "redis", pattern: "redis" }]);
});

test("posting lists decode gaps and weights", () => {
  assert.deepEqual(search.decode("ABnBCA_"), [0, 1, 40, 2, 41, 63]);
  assert.deepEqual(search.decode(""), []);
});

test("scores rank title over tags over headings over any body count", () => {
  const { score } = search;
  assert.ok(score(1) > score(2 | 4 | (7 << 3)));
  assert.ok(score(2) > score(4 | (7 << 3)));
  assert.ok(score(4 | (1 << 3)) > score(7 << 3));
});

// A small index written by hand in sitegen's format: one chunk per term.
function tinyIndex(postings, docs) {
  const enc = (list) => {
    const B = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let out = "", prev = -1;
    for (const [doc, w] of list) {
      let gap = doc - prev - 1;
      prev = doc;
      while (gap >= 32) { out += B[(gap & 31) | 32]; gap >>= 5; }
      out += B[gap] + B[w];
    }
    return out;
  };
  const terms = Object.keys(postings).sort();
  const files = { "/s/meta.json": { version: 1, documents: docs.length, chunks: terms.map((t, i) => [i ? t : "", "c" + i]) } };
  terms.forEach((t, i) => (files["/s/i/c" + i + ".json"] = [t, enc(postings[t])]));
  docs.forEach((d, i) => (files["/s/d/" + i + ".json"] = d));
  const loaded = [];
  const index = new search.Index("/s/meta.json", (url) => { loaded.push(url); return files[url] ? Promise.resolve(files[url]) : Promise.reject(new Error(url)); });
  return { index, loaded };
}

test("ranks title > tags > headings > body, ties newest first, and needs every word", async () => {
  const { index, loaded } = tinyIndex({
    redis: [[0, 7 << 3], [1, 4 | (1 << 3)], [2, 2], [3, 1], [4, 7 << 3]],
    lock: [[0, 1 << 3], [1, 1 << 3], [2, 1 << 3], [3, 1 << 3]],
  }, []);
  const r = await search.search(index, "Redis");
  assert.deepEqual(r.hits.map((h) => h[0]), [3, 2, 1, 4, 0]);
  const both = await search.search(index, "redis lock");
  assert.deepEqual(both.hits.map((h) => h[0]), [3, 2, 1, 0]);
  assert.deepEqual(loaded, ["/s/meta.json", "/s/i/c1.json", "/s/i/c0.json"]);
});

test("prefix queries read every term starting with them, the exact term scoring higher", async () => {
  const { index } = tinyIndex({ webflux: [[0, 1 << 3]], web: [[1, 1 << 3]], webp: [[2, 1 << 3]], other: [[3, 1]] }, []);
  const r = await search.search(index, "web");
  assert.deepEqual(r.hits.map((h) => h[0]), [1, 2, 0]);
  assert.deepEqual((await search.search(index, "webf")).hits.map((h) => h[0]), [0]);
});

test("a Hangul word with a particle finds the stem and ranks the exact form first", async () => {
  const { index } = tinyIndex({ "배치": [[0, 1 << 3], [1, 1 << 3]], "치를": [[1, 1 << 3]] }, []);
  const r = await search.search(index, "배치를");
  assert.deepEqual(r.hits.map((h) => h[0]), [1, 0]);
});

test("snippets mark matches, escape the text and link to the heading before the match", () => {
  const doc = { t: "T", u: "/blog/posts/x/", d: "2024-01-01", g: [], s: "요약 <b>", h: [[0, "시작", "시작"], [12, "설치-전", "설치 전"]],
    x: "시작\n앞부분입니다.\n설치 전에 <Redis> 락과 RedisTemplate을 봅니다." };
  const reqs = search.parseQuery("redis 락");
  const s = search.snippet(doc, reqs);
  assert.equal(s.url, "/blog/posts/x/#" + encodeURIComponent("설치-전"));
  assert.equal(s.heading, "설치 전");
  assert.match(s.html, /&#60;<mark>Redis<\/mark>&#62; <mark>락<\/mark>과 <mark>Redis<\/mark>Template/);
  const none = search.snippet(doc, search.parseQuery("없는말"));
  assert.equal(none.url, "/blog/posts/x/");
  assert.equal(none.html, "요약 &#60;b&#62;");
});

test("the golden site's index, written by sitegen, finds partial Korean words and identifiers", async () => {
  const index = new search.Index("/search/meta.json", fromDisk(golden));
  const meta = await index.meta();
  assert.ok(meta.documents > 0 && meta.chunks.length > 0 && meta.chunks[0][0] === "");
  const titles = async (q) => Promise.all((await search.search(index, q)).hits.map(async (h) => (await index.doc(h[0])).t));
  assert.ok((await titles("배치")).some((t) => t.startsWith("Spring Batch")));
  assert.ok((await titles("청크")).some((t) => t.startsWith("Spring Batch")));
  assert.ok((await titles("itemread")).length > 0);
  assert.deepEqual(await titles("존재하지않는낱말"), []);
});
