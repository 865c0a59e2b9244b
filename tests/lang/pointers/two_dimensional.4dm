// docs/commands-legacy/resolve-pointer.md, example 4: a pointer to an element of a two-dimensional array,
// resolved as the array's name, the row and the column. docs/Concepts/arrays.md: a row of a two-dimensional
// array is itself an array. docs/Concepts/dt_pointer.md: a dereferenced pointer is used and assigned as the
// element it points to.
ARRAY TEXT(atCities; 100; 50)
var $city : Pointer
atCities{1}{2}:="Rome"
atCities{1}{5}:="Paris"
atCities{2}{6}:="New York"
$city:=->atCities{1}{5}
RESOLVE POINTER($city; $var; $rowNum; $colNum)
ALERT($var+" "+String($rowNum)+" "+String($colNum))
ALERT($city->)
$city->:="Lyon"
ALERT(atCities{1}{5})
$row:=->atCities{2}
ALERT(String(Size of array($row->))+" "+$row->{6})
