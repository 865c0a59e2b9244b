// A worker is another process: its process variables start undefined, even those the main process assigned.
var gS : Integer := Value type(gA)+Value type(gT)
ALERT("worker: "+String(gS))
