// Node's ws peer: echo on every path, "/broadcast" relays each message to every client in a JavaScript loop, and
// "/flood" has the 4D bench project's slow handler (SlowConnection.4dm), "/flood?role=echo" the echo.
// Usage: node node_server.js PORT   (NODE_PATH must reach Debian's node-ws: /usr/share/nodejs)
'use strict';
const http = require('http');
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const server = http.createServer();
const wss = new WebSocketServer({ server });

// Busy-waits until the next millisecond after each message, as the 4D handler does; each message starts with
// its 8-digit sequence number; "report" answers how many arrived and how many were out of order.
function slowHandler(ws) {
  let handled = 0;
  let outOfOrder = 0;
  ws.on('message', (data) => {
    const text = data.toString();
    if (text === 'report') {
      ws.send(`handled ${handled} outOfOrder ${outOfOrder}`);
      return;
    }
    if (Number(text.slice(0, 8)) !== handled) outOfOrder++;
    handled++;
    const until = Date.now() + 1;
    while (Date.now() < until);
  });
}

wss.on('connection', (ws, request) => {
  if (request.url === '/flood') {
    slowHandler(ws);
  } else if (request.url === '/broadcast') {
    ws.on('message', (data, isBinary) => {
      for (const client of wss.clients) client.send(data, { binary: isBinary });
    });
  } else {
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
