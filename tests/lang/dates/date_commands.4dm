// Date and time commands: docs/commands/add-to-date.md, day-of.md, month-of.md, year-of.md, day-number.md
// (with the Days and Months constants, and 2 for the null date), date.md (examples 2 and 3: ISO text, US short
// dates, invalid and undefined give 00/00/00), time.md (examples 1 and 2), time-string.md (46800 seconds is
// 13:00:00; 86401 gives 24:00:01), current-date.md and current-time.md (example 2: a time divides as seconds),
// tickcount.md.
ALERT(String(Add to date(!2023-01-31!; 1; 0; 0)))
ALERT(String(Add to date(!2023-01-15!; 0; 1; 0)))
ALERT(String(Add to date(!2023-12-31!; 0; 0; 1)))
ALERT(String(Add to date(!2023-11-15!; 0; 2; 0)))
ALERT(String(Add to date(!2023-03-15!; 0; -3; 0)))
ALERT(String(Day of(!12/25/92!)))
ALERT(String(Month of(!2023-11-27!)))
ALERT(String(Year of(!2023-11-27!)))
ALERT(String(Day number(!2023-11-27!)=Monday))
ALERT(String(Day number(!2023-11-26!)=Sunday))
ALERT(String(Day number(!2023-12-02!)=Saturday))
ALERT(String(Day number(!00-00-00!)))
ALERT(String(Date("12/25/94"); Internal date short special))
ALERT(String(Date("40/40/94")))
ALERT(String(Date("It was the 6/30, we were in 2016"); Internal date short special))
var $vobj : Object
$vobj:=New object("expDate"; "2020-11-17T00:00:00.0000")
ALERT(String(Date($vobj.expDate); Internal date short special))
ALERT(String(Date($vobj.creationDate)))
ALERT(String(Date("2013-06-05T20:00:00")))
ALERT(String(Date(!2024-03-01!)))
ALERT("1:00 P.M. = "+String(Time("13:00:00"); Hour min))
ALERT(String(Time(10000)))
ALERT(String(Time((60*60)+(20*60)+5200)))
ALERT(String(Time($vobj.noTime)))
ALERT("46800 seconds is "+Time string(46800))
ALERT(Time string(86401))
ALERT(String(Value type(Current date)=Is date))
ALERT(String(Year of(Current date)>=2024))
var $vhNow : Time
$vhNow:=Current time
ALERT(String(Value type($vhNow)=Is time))
ALERT(String(($vhNow\3600)<24))
ALERT(String(Value type(((Current date-!1980-01-01!)*86400)+Current time)=Is real))
ALERT(String(Tickcount>0))
