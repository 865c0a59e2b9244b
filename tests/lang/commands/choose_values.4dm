// Choose (commands-legacy/choose.md): a Boolean criterion picks value1 or value2; a number picks by 0-based
// position; no value at that position gives the empty value of value1's type; every value is evaluated.
var $status : Integer
$status:=2
ALERT(Choose(True; "Mr"; "Ms"))
ALERT(Choose(False; "Mr"; "Ms"))
ALERT(Choose($status; "Single"; "Married"; "Widowed"; "Divorced"))
ALERT(Choose(0; "Single"; "Married"))
ALERT("["+Choose(7; "Single"; "Married")+"]")
ALERT(String(Choose(-1; 10; 20)))
ALERT(String(Choose(5; True; False)))
ALERT(String(Choose(1; 1.5; 2.5)))
var $log : Collection
$log:=New collection
ALERT(Choose(True; "a"; String($log.push("evaluated").length)))
ALERT($log.join(","))
Try
	ALERT(Choose(True; "red1"; "blue"+2))
Catch
	ALERT("error")
End try
