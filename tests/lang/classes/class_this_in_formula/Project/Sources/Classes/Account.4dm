Class constructor($owner : Text)
	This.owner:=$owner
	This.balance:=0

Function deposit($amount : Real) : cs.Account
	This.balance:=This.balance+$amount
	return This
