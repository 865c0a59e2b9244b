"use strict";
// Helpers over Node's `ws` client (Debian node-ws): a message queue per socket, bounded waits, a check runner.
const assert = require("node:assert/strict");
const WebSocket = require("ws");

const port = process.env.WS_PORT;
if (!port) {
  console.error("WS_PORT is not set: run through tests/integration/python/with_host.py");
  process.exit(2);
}
const baseUrl = `ws://127.0.0.1:${port}`;
const waitMs = 10000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${waitMs} ms waiting for ${what}`)), waitMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// A connected client whose incoming messages and close are queued, so a check awaits them in order.
class Client {
  constructor(socket) {
    this.socket = socket;
    this.messages = [];
    this.waiters = [];
    this.closeEvent = new Promise((resolve) => {
      socket.on("close", (code, reason) => resolve({ code, reason: reason.toString("utf8") }));
    });
    socket.on("message", (data, isBinary) => {
      const message = { data: isBinary ? Buffer.from(data) : data.toString("utf8"), isBinary };
      const waiter = this.waiters.shift();
      if (waiter) waiter(message);
      else this.messages.push(message);
    });
  }

  next(what = "a message") {
    const queued = this.messages.shift();
    if (queued) return Promise.resolve(queued);
    return withTimeout(new Promise((resolve) => this.waiters.push(resolve)), what);
  }

  async nextText(what) {
    const message = await this.next(what);
    assert.equal(message.isBinary, false, `${what}: expected a text frame`);
    return message.data;
  }

  send(data) {
    return new Promise((resolve, reject) => this.socket.send(data, (error) => (error ? reject(error) : resolve())));
  }

  closed(what = "the close") {
    return withTimeout(this.closeEvent, what);
  }

  async close(code = 1000, reason = "") {
    this.socket.close(code, reason);
    return this.closed("the server's answer to our close");
  }
}

// Resolves to a Client once open; rejects with error.status set when the server answered the upgrade with HTTP.
function connect(path) {
  const socket = new WebSocket(baseUrl + path);
  return withTimeout(new Promise((resolve, reject) => {
    socket.on("open", () => resolve(new Client(socket)));
    socket.on("unexpected-response", (request, response) => {
      const error = new Error(`handshake of ${path} answered HTTP ${response.statusCode}`);
      error.status = response.statusCode;
      request.destroy();
      reject(error);
    });
    socket.on("error", reject);
  }), `the handshake of ${path}`);
}

async function runChecks(checks) {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      console.log(`PASS ${name}`);
      passed += 1;
    } catch (error) {
      console.log(`FAIL ${name}: ${error.message}`);
      failed += 1;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

module.exports = { assert, connect, runChecks };
