// A line that ends with `\` goes on on the next one (line_continuation), a `//` comment's line included: 4D's own
// 4d/4D-SVG comments out a call written over two lines by putting `//` before the first only, and 4D reads the
// second as part of the comment.
var $n : Integer
$n:=1
//ALERT("commented out";\
	"still the comment")
ALERT(String($n))
// a comment that does not end so leaves the next line alone
$n:=$n+1
ALERT(String($n))
