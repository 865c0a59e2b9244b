ALERT(String(findFirstEven(New collection(1; 3; 8; 10))))
ALERT(String(findFirstEven(New collection(1; 3))))
