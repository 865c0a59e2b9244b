ALERT(String(sumOfSquares(3; 4)))
