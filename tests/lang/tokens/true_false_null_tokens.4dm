ALERT:C41(String:C10(True:C214))
ALERT:C41(String:C10(False:C215))
var $o : Object
ALERT:C41(String:C10($o=Null:C1517))
ALERT:C41(String:C10(Not:C34(False:C215)))
