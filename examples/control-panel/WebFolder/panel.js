"use strict";
// The page asks the server for the controls of the chosen room, toggles one per click and turns every light off;
// the server answers with what its query() found and tells every page what changed.
(function () {
  const status = document.getElementById("status");
  const room = document.getElementById("room");
  const rows = document.getElementById("controls");
  const error = document.getElementById("error");
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  let socket = null;
  let retryDelay = 500;

  function send(request) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(request));
  }

  function row(control) {
    const tr = document.createElement("tr");
    tr.dataset.name = control.name;
    for (const text of [control.name, control.room, control.kind]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.appendChild(td);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "toggle";
    button.addEventListener("click", () => send({ action: "toggle", name: control.name }));
    const td = document.createElement("td");
    td.appendChild(button);
    tr.appendChild(td);
    show(tr, control);
    return tr;
  }

  function show(tr, control) {
    const button = tr.querySelector("button");
    button.textContent = control.on ? "On" : "Off";
    button.classList.toggle("on", control.on);
  }

  function receive(message) {
    if (message.type === "controls") {
      if (message.room !== room.value) return;  // an answer to a room the user has since left
      rows.replaceChildren(...message.controls.map(row));
    } else if (message.type === "changed") {
      for (const control of message.controls) {
        const tr = [...rows.children].find((r) => r.dataset.name === control.name);
        if (tr) show(tr, control);
      }
    } else if (message.type === "error") {
      error.textContent = message.message;
      error.hidden = false;
    }
  }

  function connect() {
    socket = new WebSocket(`${scheme}//${location.host}/panel`);
    socket.addEventListener("open", () => {
      status.textContent = "Connected";
      status.classList.add("connected");
      retryDelay = 500;
      if (room.value !== "") send({ action: "list", room: room.value });
    });
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      status.textContent = "Disconnected: reconnecting…";
      status.classList.remove("connected");
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    });
  }

  room.addEventListener("change", () => send({ action: "list", room: room.value }));
  document.getElementById("lights-off").addEventListener("click", () => send({ action: "allOff", kind: "light" }));
  connect();
})();
