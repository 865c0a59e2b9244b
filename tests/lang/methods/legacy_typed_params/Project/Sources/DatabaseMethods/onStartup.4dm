// Methods written the old way: C_xxx declarations of $0, $1... and C_xxx(${n}), which types every parameter
// from the nth on (docs/commands/c-longint.md, "Advanced Use"), read with ${i} or by name. Longint parameters
// take the integer part of a real (docs/commands/c-longint.md casts them as Long Integer); C_DATE and C_TIME
// parameters and results (docs/commands/c-date.md, c-time.md) follow the date and time operators
// (docs/Concepts/dt_date.md, dt_time.md).
ALERT(joinAll("a"; "b"; "c"))
ALERT(joinAll("solo"))
ALERT(String(sumLongints(1.5; 2.5; 3.9)))
ALERT(String(addDays(!2024-02-28!; 1)))
ALERT(String(addTimes(?10:00:00?; ?03:30:00?)))
ALERT(String(Value type(addTimes(?10:00:00?; ?03:30:00?))=Is time))
ALERT(firstAndRest(7.8; "x"; "y"))
