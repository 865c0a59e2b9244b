// developer.4d.com/docs/commands-legacy/array-date: ARRAY DATE creates or resizes an array of Date elements.
// developer.4d.com/docs/commands-legacy/array-time: ARRAY TIME does the same for Time elements; "If you enlarge
// its size, existing elements are not changed and new elements are initialized to the null time value
// (00:00:00)", and "time arrays accept numeric values" (its example 3: APPEND TO ARRAY then Find in array).
// developer.4d.com/docs/commands-legacy/type: Date array is 17, Time array is 32.
ARRAY DATE($dates; 2)
ALERT(String(Size of array($dates)))
ALERT(String($dates{1}=!00-00-00!))
$dates{1}:=!2024-03-01!
$dates{2}:=!1999-12-31!
ALERT(String(Value type($dates{1})=Is date))
ARRAY DATE($dates; 3)
ALERT(String($dates{1})+" "+String($dates{3}=!00-00-00!))
SORT ARRAY($dates; >)
ALERT(String($dates{3}))
ALERT(String(Find in array($dates; !1999-12-31!)))
ALERT(String(Type($dates)=Date array)+" "+String(Type($dates)))

ARRAY TIME($arrTimeValues; 10)
ALERT(String($arrTimeValues{10}=?00:00:00?))
$CurTime:=Current time+1
APPEND TO ARRAY($arrTimeValues; $CurTime)
$Found:=Find in array($arrTimeValues; $CurTime)
ALERT(String($Found))
$arrTimeValues{1}:=3600
ALERT(String(Value type($arrTimeValues{1})=Is time)+" "+String($arrTimeValues{1}))
ALERT(String(Type($arrTimeValues)=Time array)+" "+String(Type($arrTimeValues)))

ARRAY DATE($rows; 2; 3)
ALERT(String(Size of array($rows{2}))+" "+String($rows{2}{3}=!00-00-00!))
Try
	$dates{1}:="2024-03-01"
Catch
	ALERT("a text is no date: "+String(Last errors[0].errCode))
End try
