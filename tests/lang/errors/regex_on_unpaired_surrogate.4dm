// Found by the evaluator fuzzer: a text holding an unpaired surrogate (Char(0xD800)) is not UTF-8, which PCRE
// refuses to search, and its refusal went through the interpreter as a C++ exception that stopped the host.
// 4D searches UTF-16 with ICU and would match here (docs/commands-legacy/match-regex.md); the host raises a 4D
// error the code can catch instead, and searches every other text as before.
var $text : Text
$text:=Char(55296)+" John smith"
Try
	ALERT(String(Match regex("smith"; $text; 1)))
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
Try
	ALERT(String(Match regex("smith"; $text)))
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
ALERT(String(Match regex("smith"; "John smith"; 1)))
