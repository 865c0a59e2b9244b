// Each comparator of the query language (developer.4d.com/docs/API/DataClassClass#querystring-parameter, to
// which developer.4d.com/docs/API/CollectionClass#query refers):
// = and == match with the @ wildcard, neither case-sensitive nor diacritic; === and IS take @ as a character;
// # and != are "not equal" with the wildcard, !== and IS NOT without it; < > <= >=; IN (equal to one value of
// a collection or of a [ ] list, with the wildcard); % (contains keyword).
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Émile"; "code"; "A@1"; "n"; 10; "words"; "the quick brown fox"))
$c.push(New object("name"; "emilie"; "code"; "AB1"; "n"; 20; "words"; "lazy dog"))
$c.push(New object("name"; "Zoé"; "code"; "a@1"; "n"; 30; "words"; "quickly"))

ALERT("= : "+$c.query("name = 'emile'").extract("name").join(","))
ALERT("== : "+$c.query("name == :1"; "EMI@").extract("name").join(","))
ALERT("= @ : "+$c.query("code = 'A@1'").extract("name").join(","))
ALERT("=== : "+$c.query("code === 'A@1'").extract("name").join(","))
ALERT("IS : "+$c.query("code IS :1"; "a@1").extract("name").join(","))
ALERT("# : "+$c.query("name # 'e@'").extract("name").join(","))
ALERT("!= : "+$c.query("n != 20").extract("name").join(","))
ALERT("!== : "+$c.query("code !== 'A@1'").extract("name").join(","))
ALERT("IS NOT : "+$c.query("code IS NOT 'A@1'").extract("name").join(","))
ALERT("< : "+$c.query("n < 20").extract("name").join(","))
ALERT("> : "+$c.query("n > 20").extract("name").join(","))
ALERT("<= : "+$c.query("n <= 20").extract("name").join(","))
ALERT(">= : "+$c.query("n >= 20").extract("name").join(","))
ALERT("< text : "+$c.query("name < 'f'").extract("name").join(","))
ALERT("IN : "+$c.query("n IN :1"; New collection(10; 30)).extract("name").join(","))
ALERT("IN list : "+$c.query("name in ['zoe', \"émile\"]").extract("name").join(","))
ALERT("IN @ : "+$c.query("name IN :1"; New collection("Z@")).extract("name").join(","))
ALERT("% : "+$c.query("words % 'quick'").extract("name").join(","))
// A value of another type is converted to the attribute's type: "v20" against a number is 20.
ALERT("convert : "+$c.query("n = :1"; "v20").extract("name").join(","))
ALERT("decimal : "+$c.query("n < 10.5").extract("name").join(","))
