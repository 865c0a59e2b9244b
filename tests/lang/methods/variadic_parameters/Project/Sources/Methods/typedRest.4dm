var ${2} : Integer
return String(${2})+" "+String(${3})+" "+String(Value type(${3})=Is longint)
