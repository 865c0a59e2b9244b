// Node's ws as a client, for the client echo scenario of bench/run.py: `connections` clients, each keeping
// `inFlight` echoes of `size` bytes outstanding for `seconds`; prints the echoes received within that time, as JSON,
// once every client has closed. The same loop as bench/client's LoadClient in 4D code.
const WebSocket = require('ws');

const [url, connections, inFlight, size, seconds] = process.argv.slice(2).map((a, i) => (i ? Number(a) : a));
const payload = 'x'.repeat(size);
const deadline = Date.now() + seconds * 1000;
let counted = 0;
let open = connections;

for (let i = 0; i < connections; i++) {
  const ws = new WebSocket(url);
  ws.on('open', () => {
    for (let j = 0; j < inFlight; j++) ws.send(payload);
  });
  ws.on('message', () => {
    if (Date.now() < deadline) {
      counted++;
      ws.send(payload);
    } else {
      ws.close();
    }
  });
  ws.on('error', (error) => console.error(`error: ${error.message}`));
  ws.on('close', () => {
    if (--open === 0) console.log(JSON.stringify({ messages: counted, seconds }));
  });
}
