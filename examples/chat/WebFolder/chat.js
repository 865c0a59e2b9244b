"use strict";

// The WebSocket comes from the same origin as the page: the 4D web server serves both.
const chatUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/chat`;
const maxRetryDelayMs = 10000;

const messages = document.getElementById("messages");
const input = document.getElementById("message-input");
const sendButton = document.getElementById("send");
const statusLabel = document.getElementById("status");
const composer = document.getElementById("composer");

let socket = null;
let retryDelayMs = 500;

function showStatus(state, text) {
  statusLabel.className = `status status-${state}`;
  statusLabel.textContent = text;
  const connected = state === "connected";
  input.disabled = !connected;
  sendButton.disabled = !connected;
  if (connected) input.focus();
}

function addMessage(text, direction) {
  const item = document.createElement("li");
  item.className = `message message-${direction}`;
  const body = document.createElement("span");
  body.className = "message-text";
  body.textContent = text;
  const time = document.createElement("time");
  time.className = "message-time";
  time.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  item.append(body, time);
  messages.append(item);
  item.scrollIntoView({ block: "end" });
}

function connect() {
  showStatus("connecting", "Connecting…");
  socket = new WebSocket(chatUrl);
  socket.addEventListener("open", () => {
    retryDelayMs = 500;
    showStatus("connected", "Connected");
  });
  socket.addEventListener("message", (event) => {
    if (typeof event.data === "string") addMessage(event.data, "in");
  });
  socket.addEventListener("close", (event) => {
    const seconds = Math.round(retryDelayMs / 1000) || 1;
    showStatus("disconnected", `Disconnected (${event.code}); retrying in ${seconds} s`);
    setTimeout(connect, retryDelayMs);
    retryDelayMs = Math.min(retryDelayMs * 2, maxRetryDelayMs);
  });
}

composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === "" || socket === null || socket.readyState !== WebSocket.OPEN) return;
  socket.send(text);
  addMessage(text, "out");
  input.value = "";
});

connect();
