KILL WORKER("never-started")
ALERT("no error")
