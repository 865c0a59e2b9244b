var $i : Integer
For ($i; 1; 4)
	Case of
		: ($i=1)
			ALERT("one")
		: ($i=2)
			ALERT("two")
		: ($i>=2)
			ALERT("big "+String($i))
	End case
End for
