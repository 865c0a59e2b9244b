var $a; $b; $c; $d; $e; $f; $g; $h; $i; $j : Text
$j:="never either"
ALERT($j)
