ALERT("returnsCleanly returns")
