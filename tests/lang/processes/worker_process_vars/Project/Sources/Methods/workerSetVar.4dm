var pv : Text
pv:="worker value"
ALERT("worker sees "+pv)
