// Open newsfold's HTML report in Debian's headless Chromium with every
// request outside the page refused, and check what a reader needs: no
// console error, no request, no script; a chart of each figure over report
// time; source links that land on a highlighted sentence. Takes a
// screenshot.
//
//   node html_report.mjs REPORT.html SCREENSHOT.png
//
// Exit status: 0 passed, 1 failed, 77 skipped (no Chromium or no
// playwright-core here).
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [page_path, shot_path] = process.argv.slice(2);
if (!page_path || !shot_path) {
  console.error("usage: node html_report.mjs REPORT.html SCREENSHOT.png");
  process.exit(2);
}
const CHROMIUM = process.env.NF_CHROMIUM || "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (e) {
  console.log("SKIP: playwright-core is not installed (cd tests/browser && npm install)");
  process.exit(77);
}

const failures = [];
const check = (name, ok, detail = "") => {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${ok ? "" : ": " + detail}`);
  if (!ok) failures.push(name);
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext({
    offline: true,
    javaScriptEnabled: true, // on, so that a script slipping through would run and be caught
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  const url = pathToFileURL(page_path).href;
  const requests = [];
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requests.push(u);
    return route.abort();
  });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => { errors.push("dialog: " + d.message()); d.dismiss(); });

  await page.goto(url, { waitUntil: "load" });
  check("no request besides the page", requests.length === 0, requests.slice(0, 5).join(", "));

  const facts = await page.evaluate(() => {
    const q = (s) => Array.from(document.querySelectorAll(s));
    const charts = q("svg.chart");
    const refs = q('a.ref[href^="#"], svg.chart a[href^="#"]');
    const missing = refs.map((a) => a.getAttribute("href").slice(1)).filter((id) => !document.getElementById(id));
    return {
      scripts: q("script").length,
      handlers: q("*").filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on"))).length,
      charts: charts.length,
      points: charts.map((c) => c.querySelectorAll(".pt").length),
      chartBox: charts.length ? charts[0].getBoundingClientRect().width : 0,
      refs: refs.length,
      missing: missing.slice(0, 5),
      sourcesTable: q("h2").some((h) => h.textContent.trim() === "Sources"),
      primary: q("td b").map((b) => b.textContent).filter((t) => t === "primary").length,
      columns: q(".cols .col").length,
      sentences: q(".sent[id]").length,
    };
  });
  check("no script element and no event handler attribute", facts.scripts === 0 && facts.handlers === 0,
        `${facts.scripts} scripts, ${facts.handlers} handlers`);
  check("a chart of figures over report time", facts.charts > 0 && facts.points.some((n) => n >= 2),
        JSON.stringify(facts.points));
  check("the chart is drawn at a readable size", facts.chartBox >= 250, String(facts.chartBox));
  check("source links are there", facts.refs > 0, String(facts.refs));
  check("every source link lands on an element", facts.missing.length === 0, facts.missing.join(", "));
  check("a sources table names a primary source", facts.sourcesTable && facts.primary > 0);
  check("reports side by side with sentence anchors", facts.columns >= 2 && facts.sentences > 0,
        `${facts.columns} columns, ${facts.sentences} sentences`);

  // Follow the first figure's first link: its sentence is highlighted.
  const first = await page.$('.fig a.ref[href^="#"]');
  if (first) {
    const href = await first.getAttribute("href");
    await first.click();
    const lit = await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      return { target: el.matches(":target"), bg: getComputedStyle(el).backgroundColor };
    }, href.slice(1));
    check("a figure's link highlights its sentence",
          lit && lit.target && lit.bg !== "rgba(0, 0, 0, 0)", JSON.stringify(lit));
    await page.goto(url, { waitUntil: "load" });
  } else {
    check("a figure's link highlights its sentence", false, "no figure link");
  }
  await page.screenshot({ path: shot_path, fullPage: true });
  check("no console error", errors.length === 0, errors.slice(0, 5).join(" | "));
  console.log(`screenshot: ${shot_path}`);
} finally {
  await browser.close();
}
console.log(`${failures.length ? "FAIL" : "ok"}: ${failures.length} check(s) failed`);
process.exit(failures.length ? 1 : 0);
