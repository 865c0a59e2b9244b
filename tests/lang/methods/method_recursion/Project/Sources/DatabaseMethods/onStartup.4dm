ALERT(String(factorial(5)))
ALERT(String(factorial(10)))
ALERT(String(fib(15)))
