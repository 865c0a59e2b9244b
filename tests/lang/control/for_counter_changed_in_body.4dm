// developer.4d.com/docs/Concepts/cf_looping, For...End for: the counter is incremented by Increment_Expression
// each time, the loop stops when it passes End_Expression, and "you can change the value of the counter variable
// within the loop; this will affect the loop". Integer and Real counters, whole and fractional steps.
var $i : Integer
var $r : Real
var $out : Text
For ($i; 1; 10)
	$out:=$out+String($i)+" "
	$i:=$i+2
End for
ALERT($out+"then "+String($i))
$out:=""
For ($i; 10; 1; -3)
	$out:=$out+String($i)+" "
	$i:=$i-0.5  // an Integer variable keeps the integer part: 9.5 is 9
End for
ALERT($out+"then "+String($i))
$out:=""
For ($r; 0; 2; 0.5)
	$out:=$out+String($r)+" "
End for
ALERT($out+"then "+String($r))
$out:=""
For ($i; 1; 3)
	$out:=$out+String($i)+" "
End for
ALERT($out+"then "+String($i))
