LOG EVENT(Into system standard outputs; "plain\n")
LOG EVENT:C667(Into system standard outputs:K38:9; "tokenized\n")
LOG EVENT(Into system standard outputs; "no newline")
LOG EVENT(Into system standard outputs; " continued\n")
