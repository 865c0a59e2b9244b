var $c : cs:C1710.Counter
$c:=cs:C1710.Counter.new(5)
ALERT:C41(String:C10($c.increment()))
ALERT:C41(String:C10($c.increment()))
ALERT:C41(String:C10(OB Instance of:C1731($c; cs:C1710.Counter)))
