"use strict";
// Node's ws client against examples/lifecycle: broadcast, refusal by onConnection, terminate codes.
const { assert, connect, runChecks } = require("./client");

async function join() {
  const client = await connect("/life");
  const greeting = await client.nextText("the 'id N' greeting");
  assert.match(greeting, /^id \d+$/, "first message is the connection id");
  return client;
}

runChecks({
  async broadcastReachesEveryConnection() {
    const clients = [await join(), await join(), await join(), await join()];
    await clients[2].send("broadcast to everyone ✓");
    for (const [index, client] of clients.entries()) {
      assert.equal(await client.nextText(`the broadcast at client ${index}`), "to everyone ✓",
        `client ${index} got another message than the broadcast`);
    }
    await Promise.all(clients.map((client) => client.close()));
  },

  async refusedClientGets403() {
    await assert.rejects(connect("/life?refuse=1"), (error) => {
      assert.equal(error.status, 403, `refusal by onConnection must answer 403 (${error.message})`);
      return true;
    });
  },

  async terminateCodesAbove3000ReachTheClient() {
    const cases = [["close 4001 bye", 4001, "bye"], ["close 3001 x y z", 3001, "x y z"], ["close 4999", 4999, ""],
      ["close 3000 hidden", 1000, ""], ["close 1008 hidden", 1000, ""], ["close 5000 hidden", 1000, ""],
      ["close", 1000, ""]];
    for (const [command, code, reason] of cases) {
      const client = await join();
      await client.send(command);
      const closed = await client.closed(`the close after ${command}`);
      assert.deepEqual(closed, { code, reason }, `close code and reason after '${command}'`);
    }
  },
});
