// Lighthouse over several URLs in one Chromium, printing one JSON line per URL:
// {"url", "scores": {category: 0..100}, "failures": [[audit id, title], ...]}.
// Usage: node run.mjs CHROMIUM_PATH URL... (performance is scored only for the first URL: it is
// measured, not asserted, and it costs a trace per page; LIGHTHOUSE_PERFORMANCE=every scores it for
// every URL). LIGHTHOUSE_CHROME_FLAGS adds Chromium flags (the deployed stack's own certificate).
// LIGHTHOUSE_REPORTS names a directory to keep each page's whole report in (<n>.json), for a closer look.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [chromePath, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    ...(process.env.LIGHTHOUSE_CHROME_FLAGS || "").split(" ").filter(Boolean),
  ],
});
const quick = { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0 };
try {
  for (const [index, url] of urls.entries()) {
    const categories = ["accessibility", "best-practices", "seo"];
    const performance = index === 0 || process.env.LIGHTHOUSE_PERFORMANCE === "every";
    if (performance) categories.push("performance");
    const settings = { onlyCategories: categories, ...(performance ? {} : quick) };
    const audit = () => lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, { extends: "lighthouse:default", settings });
    // A run that could not score a category (NO_NAVSTART: a page load that Chromium had not finished
    // warming up for, say) is a failure to measure, not a score: run that page again, up to 3 times.
    const unscored = (lhr) => lhr.runtimeError || Object.values(lhr.categories).some((category) => category.score === null);
    let lhr = (await audit()).lhr;
    for (let attempt = 2; attempt <= 3 && unscored(lhr); attempt++) lhr = (await audit()).lhr;
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const audited = new Set(categories.filter((id) => id !== "performance").flatMap((id) => lhr.categories[id].auditRefs.map((ref) => ref.id)));
    const failures = Object.values(lhr.audits)
      .filter((audit) => audited.has(audit.id) && audit.score !== null && audit.score < 1 && ["binary", "numeric"].includes(audit.scoreDisplayMode))
      .map((audit) => [audit.id, audit.title]);
    if (lhr.runtimeError) failures.push([lhr.runtimeError.code, lhr.runtimeError.message]);
    // Where the performance score comes from: each metric's value and its score.
    const metrics = performance
      ? lhr.categories.performance.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id])
          .map((ref) => [ref.id, lhr.audits[ref.id].displayValue, Math.round((lhr.audits[ref.id].score ?? 0) * 100)])
      : [];
    if (process.env.LIGHTHOUSE_REPORTS) writeFileSync(`${process.env.LIGHTHOUSE_REPORTS}/${index}.json`, JSON.stringify(lhr));
    console.log(JSON.stringify({ url, scores, failures, metrics }));
  }
} finally {
  await chrome.kill();
}
