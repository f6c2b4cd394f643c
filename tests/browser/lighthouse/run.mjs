// Lighthouse over several URLs in one Chromium, printing one JSON line per URL:
// {"url", "scores": {category: 0..100}, "failures": [[audit id, title], ...]}.
// Usage: node run.mjs CHROMIUM_PATH URL... (performance is scored only for the first URL: it is
// measured, not asserted, and it costs a trace per page).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [chromePath, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const quick = { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0 };
try {
  for (const [index, url] of urls.entries()) {
    const categories = ["accessibility", "best-practices", "seo"];
    if (index === 0) categories.push("performance");
    const settings = { onlyCategories: categories, ...(index === 0 ? {} : quick) };
    const audit = () => lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, { extends: "lighthouse:default", settings });
    let lhr = (await audit()).lhr;
    // A run that could not score a category (a first page load that Chromium had not finished
    // warming up for, say) is a failure to measure, not a score: run that page once more.
    if (lhr.runtimeError || Object.values(lhr.categories).some((category) => category.score === null)) {
      lhr = (await audit()).lhr;
    }
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const audited = new Set(categories.filter((id) => id !== "performance").flatMap((id) => lhr.categories[id].auditRefs.map((ref) => ref.id)));
    const failures = Object.values(lhr.audits)
      .filter((audit) => audited.has(audit.id) && audit.score !== null && audit.score < 1 && ["binary", "numeric"].includes(audit.scoreDisplayMode))
      .map((audit) => [audit.id, audit.title]);
    if (lhr.runtimeError) failures.push([lhr.runtimeError.code, lhr.runtimeError.message]);
    console.log(JSON.stringify({ url, scores, failures }));
  }
} finally {
  await chrome.kill();
}
