var $a : cs.Account
$a:=cs.Account.new("Zoe")
$a.deposit(10).deposit(5)
ALERT(String($a.balance))
$a.describe:=Formula(This.owner+" has "+String(This.balance))
ALERT($a.describe())
