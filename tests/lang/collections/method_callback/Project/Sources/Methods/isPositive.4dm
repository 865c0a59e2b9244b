#DECLARE($param : Object)
$param.result:=$param.value>0
