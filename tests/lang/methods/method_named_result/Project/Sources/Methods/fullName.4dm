#DECLARE($first : Text; $last : Text)->$full : Text
$full:=$first+" "+$last
