"use strict";
// Headless Debian Chromium for the page tests, through playwright-core: a fresh profile each run, which every tab
// of the run shares, as the tabs of one browser window would; withBrowser() always closes it and removes the
// profile. Self-signed certificates are accepted (the HTTPS tests make their own).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

async function withBrowser(name, use) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-test-chromium-`));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    ignoreHTTPSErrors: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// A new tab on `url`, its page errors printed, every wait bounded.
async function openTab(browser, name, url, stepTimeoutMs = 15000) {
  const page = await browser.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  page.on("pageerror", (error) => console.log(`[${name}] page error: ${error.message}`));
  await page.goto(url);
  return page;
}

module.exports = { withBrowser, openTab };
