var counter : Integer
counter:=10
bump
bump
ALERT(String(counter))
