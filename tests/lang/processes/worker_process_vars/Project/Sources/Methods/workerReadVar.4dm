ALERT("worker still sees "+pv)
setFlag("done")
