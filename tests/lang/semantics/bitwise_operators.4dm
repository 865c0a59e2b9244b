// Bitwise operators on Longints, with the documentation's own examples (developer.4d.com/docs/Concepts/dt_number,
// "Bitwise operators"): 32 bits numbered 0 to 31 from the right, results that are Longints (so 0xFF00FFFF is
// negative), a right shift that brings in zeros, a shift by more than 31 that loses every bit, and ?? that
// answers a Boolean. Operators evaluate strictly left to right ("Precedence" on the same page).
ALERT(String(0x0000FFFF & 0xFF00FF00))
ALERT(String(0x0000FFFF | 0xFF00FF00))
ALERT(String(0x0000FFFF ^| 0xFF00FF00))
ALERT(String(0x0000FFFF << 8))
ALERT(String(0x0000FFFF >> 8))
ALERT(String(0x00000000 ?+ 16))
ALERT(String(0x00010000 ?- 16))
ALERT(String(0x00010000 ?? 16))
ALERT(String(0x00010000 ?? 15))
ALERT(String(1 << 32))
ALERT(String(-1 >> 28))
var $flags : Integer
$flags:=$flags ?+ 3 ?+ 0
ALERT(String($flags))
If ($flags ?? 3)
	ALERT("bit 3 set")
End if
$flags:=$flags ?- 3
ALERT(String($flags ?? 3))
ALERT(String(1 | 2 << 2))
