"use strict";
// Headless Debian Chromium opens the chat page (examples/chat) in two tabs; they exchange messages through the
// server. Run through tests/integration/python/with_host.py, which sets WS_PORT; or through test_chat_https.py,
// which also sets CHAT_URL to the page's https:// address (its certificate is self-signed, made by the test).
const assert = require("node:assert/strict");
const path = require("node:path");
const { openTab, withBrowser } = require("./chromium");

const port = process.env.WS_PORT;
const chatUrl = process.env.CHAT_URL || `http://127.0.0.1:${port}/`;
const screenshotDir = process.env.SCREENSHOT_DIR;

async function openChat(browser, name) {
  const page = await openTab(browser, name, chatUrl);
  await page.locator("#status", { hasText: "Connected" }).waitFor();
  await expectIncoming(page, "Welcome on the chat!", `${name} is welcomed`);
  return page;
}

async function expectIncoming(page, text, what) {
  try {
    await page.locator(".message-in .message-text", { hasText: text }).first().waitFor();
  } catch (error) {
    const seen = await page.locator(".message .message-text").allTextContents();
    assert.fail(`${what}: no incoming message "${text}" (messages shown: ${JSON.stringify(seen)})`);
  }
}

async function say(page, text) {
  await page.locator("#message-input").fill(text);
  await page.locator("#message-input").press("Enter");
  await page.locator(".message-out .message-text", { hasText: text }).first().waitFor();
  assert.equal(await page.locator("#message-input").inputValue(), "", "the input is cleared after sending");
}

async function main() {
  assert.ok(port, "WS_PORT is not set");
  await withBrowser("chat", async (browser) => {
    const alice = await openChat(browser, "alice");
    const bob = await openChat(browser, "bob");
    await expectIncoming(alice, "New client connected", "alice sees bob join");

    await say(alice, "Hello Bob, this is Alice ✓");
    await expectIncoming(bob, "Hello Bob, this is Alice ✓", "bob receives alice's message");
    await say(bob, "Hi Alice!");
    await expectIncoming(alice, "Hi Alice!", "alice receives bob's message");
    assert.equal(await alice.locator(".message-in .message-text", { hasText: "Hello Bob" }).count(), 0,
      "alice's own message must not come back to her");

    if (screenshotDir) {
      await alice.screenshot({ path: path.join(screenshotDir, "chat-alice.png") });
      await bob.screenshot({ path: path.join(screenshotDir, "chat-bob.png") });
    }
    const leaveNotices = alice.locator(".message-in .message-text", { hasText: "Client disconnected" });
    const leavesBefore = await leaveNotices.count();
    await bob.close();
    await leaveNotices.nth(leavesBefore).waitFor().catch(() => assert.fail("alice is not told that bob left"));
    console.log(`PASS chat page (${chatUrl}): two tabs exchange messages`);
    console.log("1 passed, 0 failed");
  });
}

main().catch((error) => {
  console.log(`FAIL chat page: ${error.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
