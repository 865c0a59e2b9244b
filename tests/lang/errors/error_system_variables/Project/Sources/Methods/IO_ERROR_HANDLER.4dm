gError:=Error
gMethod:=Error method
gLine:=Error line
