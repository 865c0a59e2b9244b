"use strict";
// Headless Debian Chromium on the control panel example (examples/control-panel) in two tabs: the buttons call
// back into the example's 4D code, whose query() calls choose what each answer holds, and a change made in one tab
// shows in the other. Run by tests/integration/python/test_control_panel.py, which sets PANEL_URL.
const assert = require("node:assert/strict");
const { openTab, withBrowser } = require("./chromium");

const panelUrl = process.env.PANEL_URL;

async function openPanel(browser, name) {
  const page = await openTab(browser, name, panelUrl);
  await page.locator("#status", { hasText: "Connected" }).waitFor();
  return page;
}

async function expectRows(page, names, what) {
  const shown = page.locator("#controls tr");
  try {
    await page.waitForFunction((count) => document.querySelectorAll("#controls tr").length === count, names.length);
  } catch (error) {
    assert.fail(`${what}: ${names.length} rows expected, shown ${JSON.stringify(await shown.allTextContents())}`);
  }
  assert.deepEqual(await page.locator("#controls tr td:first-child").allTextContents(), names, what);
}

async function expectState(page, name, state, what) {
  const button = page.locator(`#controls tr[data-name="${name}"] button`);
  try {
    await button.filter({ hasText: new RegExp(`^${state}$`) }).waitFor();
  } catch (error) {
    assert.fail(`${what}: ${name} should read ${state}, reads ${await button.textContent()}`);
  }
}

async function toggle(page, name) {
  await page.locator(`#controls tr[data-name="${name}"] button`).click();
}

async function main() {
  assert.ok(panelUrl, "PANEL_URL is not set");
  await withBrowser("panel", async (browser) => {
    const first = await openPanel(browser, "first");
    const second = await openPanel(browser, "second");
    const everyRoom = ["Garden lights", "Porch light", "Sprinkler", "Ceiling light", "Coffee machine", "Desk lamp",
      "Heater"];
    await expectRows(first, everyRoom, "every control, by room then name (orderBy)");
    await expectRows(second, everyRoom, "the second tab shows the same controls");

    await toggle(first, "Desk lamp");
    await expectState(first, "Desk lamp", "On", "the tab that clicked");
    await expectState(second, "Desk lamp", "On", "the other tab is told of the change");

    await first.locator("#room").selectOption("Garden");
    await expectRows(first, ["Garden lights", "Porch light", "Sprinkler"], "the Garden's controls (query by room)");
    await toggle(second, "Porch light");
    await toggle(second, "Sprinkler");
    await expectState(first, "Porch light", "On", "a change made in the other tab");
    await expectState(first, "Sprinkler", "On", "a change made in the other tab");

    await first.locator("#lights-off").click();
    await expectState(first, "Porch light", "Off", "every light is off (query by kind and state)");
    await expectState(second, "Desk lamp", "Off", "every light is off, in every room and every tab");
    await expectState(first, "Sprinkler", "On", "what is not a light stays on");
    assert.equal(await first.locator("#error").isHidden(), true, "no error was shown");
    console.log(`PASS control panel (${panelUrl}): two tabs, toggles, a room filter and all lights off`);
  });
}

main().catch((error) => {
  console.log(`FAIL control panel: ${error.message}`);
  process.exit(1);
});
