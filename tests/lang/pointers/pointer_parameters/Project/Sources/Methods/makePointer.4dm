// Returns a pointer to its own local, which no longer exists once it has returned.
#DECLARE() : Pointer
var $gone : Text
$gone:="local"
return ->$gone
