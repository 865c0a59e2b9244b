var $f : 4D:C1709.Function
$f:=Formula:C1597($1*2)
ALERT:C41(String:C10($f.call(Null:C1517; 21)))
ALERT:C41(String:C10(OB Instance of:C1731($f; 4D:C1709.Function)))
Use (Storage:C1525)
	Storage:C1525.tokenized:=New shared object:C1526("ok"; True:C214)
End use
ALERT:C41(String:C10(Storage:C1525.tokenized.ok))
