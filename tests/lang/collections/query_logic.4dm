// Logical operators and parentheses (developer.4d.com/docs/API/DataClassClass#querystring-parameter: AND is
// &, && or and; OR is |, || or or; NOT before a statement, parentheses mandatory around several operators;
// #using-parenthesis).
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Ann"; "age"; 25; "salary"; 9000; "status"; "Clerk"))
$c.push(New object("name"; "Bob"; "age"; 70; "salary"; 20000; "status"; "Manager"))
$c.push(New object("name"; "Cid"; "age"; 40; "salary"; 15000; "status"; "Clerk"))
$c.push(New object("name"; "Dee"; "age"; 50; "salary"; 8000; "status"; "Manager"))

ALERT($c.query("age > 30 and salary < 16000").extract("name").join(","))
ALERT($c.query("age > 30 AND salary < 16000").extract("name").join(","))
ALERT($c.query("age > 30 & salary < 16000").extract("name").join(","))
ALERT($c.query("age > 30 && salary < 16000").extract("name").join(","))
ALERT($c.query("age < 30 or status = 'Manager'").extract("name").join(","))
ALERT($c.query("age < 30 OR status = 'Manager'").extract("name").join(","))
ALERT($c.query("age < 30 | status = 'Manager'").extract("name").join(","))
ALERT($c.query("age < 30 || status = 'Manager'").extract("name").join(","))
ALERT($c.query("(age >= 30 OR age <= 65) AND (salary <= 10000 OR status = 'Manager')").extract("name").join(","))
ALERT($c.query("not(name=Ann)").extract("name").join(","))
ALERT($c.query("NOT (status = 'Clerk' and age > 30)").extract("name").join(","))
ALERT($c.query("not (name in :1)"; New collection("Ann"; "Bob")).extract("name").join(","))
