#DECLARE($p : cs.Point)
ALERT("instance of Point: "+String(OB Instance of($p; cs.Point)))
ALERT("sum: "+String($p.sum()))
