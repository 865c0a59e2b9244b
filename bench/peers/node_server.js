// Node's ws peer: echo on every path, "/broadcast" relays each message to every client in a JavaScript loop,
// "/flood" has the 4D bench project's slow handler (SlowConnection.4dm), "/flood?role=echo" the echo, and
// "/deflate" echoes with perMessageDeflate on (ws's defaults, as the 4D project's perMessageDeflate: True).
// With a certificate folder (key.pem, cert.pem), it serves wss:// through Node's https server instead.
// Usage: node node_server.js PORT [CERTIFICATE_FOLDER]   (NODE_PATH must reach Debian's node-ws: /usr/share/nodejs)
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const certificates = process.argv[3];
const server = certificates
  ? https.createServer({ key: fs.readFileSync(path.join(certificates, 'key.pem')),
                         cert: fs.readFileSync(path.join(certificates, 'cert.pem')) })
  : http.createServer();
const wss = new WebSocketServer({ noServer: true });
const deflateWss = new WebSocketServer({ noServer: true, perMessageDeflate: true });
server.on('upgrade', (request, socket, head) => {
  const target = request.url === '/deflate' ? deflateWss : wss;
  target.handleUpgrade(request, socket, head, (ws) => target.emit('connection', ws, request));
});
deflateWss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));

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
