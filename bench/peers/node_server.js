// Node's ws peer: echo on every path, and "/broadcast" relays each message to every client in a JavaScript loop.
// Usage: node node_server.js PORT   (NODE_PATH must reach Debian's node-ws: /usr/share/nodejs)
'use strict';
const http = require('http');
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const server = http.createServer();
const wss = new WebSocketServer({ server });

wss.on('connection', (ws, request) => {
  if (request.url === '/broadcast') {
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
