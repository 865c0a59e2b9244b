// Run with the bad plugin folders first: each is refused with one stderr line, none of their classes or
// commands exists, and the good plugin still works.
ALERT(String(Value type(4D.Liar)=Is undefined))
ALERT(String(4D.Counter.new({start: 7}).value))
