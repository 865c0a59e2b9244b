var $t : Text
var $r : Real
var $i : Integer
var $b : Boolean
var $o : Object
var $c : Collection
$o:=New object:C1471
$c:=New collection:C1472
ALERT:C41(String:C10(Value type:C1509($t)=Is text:K8:3))
ALERT:C41(String:C10(Value type:C1509($r)=Is real:K8:4))
ALERT:C41(String:C10(Value type:C1509($i)=Is longint:K8:6))
ALERT:C41(String:C10(Value type:C1509($b)=Is boolean:K8:9))
ALERT:C41(String:C10(Value type:C1509($o)=Is object:K8:27))
ALERT:C41(String:C10(Value type:C1509($c)=Is collection:K8:32))
ALERT:C41(String:C10(Value type:C1509(Null:C1517)=Is null:K8:31))
ALERT:C41(String:C10(Value type:C1509($o.nothing)=Is undefined:K8:13))
