// Arithmetic and comparisons on number locals (computed on doubles by the evaluator's fast path) give what the
// general path gives: Integer variables truncate, comparisons are Booleans, a local that holds a text takes the
// general path (+ concatenates), a division by zero is an error where it happens.
var $i; $k; $zero : Integer
var $r : Real
var $x; $y : Variant
$i:=7
$r:=2.5
$i:=$i*$r
ALERT(String($i))
$r:=$i/2
ALERT(String($r))
ALERT(String($i<$r)+" "+String(($i*2)=($r*4))+" "+String($i#17))
ALERT(String(-7%3)+" "+String(-7\2)+" "+String(($i+1)%($i-12)))
For ($k; 1; 4)
	If ($k%2=0)
		$x:="ab"
	Else
		$x:=$k
	End if
	$y:=$x+$x
	ALERT(String($y))
End for
For ($x; 0; 1; 0.25)
	$y:=$x*4
End for
ALERT(String($x)+" "+String($y))
$zero:=0
$y:=5
Try
	$y:=($i+1)/$zero
Catch
	ALERT("caught: "+Last errors[0].message)
End try
ALERT(String($y))
