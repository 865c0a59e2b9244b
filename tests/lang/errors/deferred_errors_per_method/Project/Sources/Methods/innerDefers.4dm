throw({errCode: 2; message: "inner"; deferred: True})
throw({errCode: 3; message: "inner again"; deferred: True})
ALERT("inner returns")
