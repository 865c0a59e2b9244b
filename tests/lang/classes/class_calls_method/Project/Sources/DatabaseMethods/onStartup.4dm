ALERT(String(cs.Calc.new().double(21)))
