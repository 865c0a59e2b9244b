"use strict";
// Node's ws client against examples/echo: "/" text, "/blob" blob, "/object" object.
const crypto = require("node:crypto");
const { assert, connect, runChecks } = require("./client");

runChecks({
  async textPathEchoesText() {
    const client = await connect("/");
    for (const text of ["hello", "", "ünïcödé ✓ 𝄞", "y".repeat(100000)]) {
      await client.send(text);
      assert.equal(await client.nextText(`echo of a ${text.length}-character text`), text, "text echo differs");
    }
    await client.close();
  },

  async textPathAnswersBinaryWithBinary() {
    const client = await connect("/");
    const payload = crypto.randomBytes(1000);
    await client.send(payload);
    const echo = await client.next("echo of a binary frame");
    assert.equal(echo.isBinary, true, "a binary frame on the text path must come back binary");
    assert.deepEqual(echo.data, payload, "binary echo differs");
    await client.close();
  },

  async blobPathEchoesBinary() {
    const client = await connect("/blob");
    for (const size of [1, 125, 126, 65535, 65536, 2 * 1024 * 1024]) {
      const payload = crypto.randomBytes(size);
      await client.send(payload);
      const echo = await client.next(`echo of ${size} bytes`);
      assert.equal(echo.isBinary, true, `echo of ${size} bytes on /blob must be binary`);
      assert.deepEqual(echo.data, payload, `echo of ${size} bytes differs`);
    }
    await client.close();
  },

  async objectPathEchoesJson() {
    const client = await connect("/object");
    const sent = { city: "Zürich", n: 42, half: 0.5, list: [1, "two", null], inner: { yes: true } };
    await client.send(JSON.stringify(sent));
    assert.deepEqual(JSON.parse(await client.nextText("echo of an object")), sent, "object echo differs");
    await client.send("[1, 2");
    await client.send('{"still": "open"}');
    assert.deepEqual(JSON.parse(await client.nextText("echo after invalid JSON")), { still: "open" },
      "after invalid JSON the connection must stay open and echo the next object");
    await client.close();
  },

  async closeHandshakeKeepsCodeAndReason() {
    const client = await connect("/");
    const { code } = await client.close(4100, "client done");
    assert.equal(code, 4100, "the server answers a close with the client's code");
  },
});
