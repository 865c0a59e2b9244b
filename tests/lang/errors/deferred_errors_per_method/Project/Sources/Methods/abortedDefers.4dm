throw({errCode: 4; message: "pending"; deferred: True})
throw({errCode: 5; message: "immediate"})
ALERT("not reached")
