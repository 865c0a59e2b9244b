// String() with customized date and time formats built upon a pattern: the examples of docs/commands/string.md
// ("Monday 27 November 2023 Anno Domini", "It is 5 PM", and with the French time zone of string_patterns.env,
// "Mon 27/11/2023 GMT+01:00" and "Mon 27/11/2023 at 11:15 AM GMT+1") and of docs/Project/date-time-formats.md
// (its Examples table, "Extra letters", "Starting and ending spaces", "yyyyyy" giving "001996").
ALERT(String(!2023-11-27!; "EEEE d MMMM y GGGG"))
ALERT(String(!2023-11-27!; "E dd/MM/yyyy zzzz"))
ALERT(String(!2023-11-27!; "E dd/MM/yyyy 'at' hh:mm aa O"; ?11:15:00?))
ALERT(String(?17:30:45?; "'It is' K a"))
ALERT(String(!2000-06-15!; "QQQQ"))
ALERT(String(!2001-03-17!; "D"))
ALERT(String(!1954-03-17!; "eeee"))
ALERT(String(?15:00:00?; "a"))
ALERT(String(?18:00:00?; "K a"))
ALERT(String(?15:30:00?; "HH 'hours and' mm 'minutes'"))
ALERT("["+String(?09:10:25?; " HH : mm : ss ")+"]")
ALERT("["+String(?09:10:25?; "' 'HH : mm : ss' '")+"]")
ALERT(String(!1996-07-02!; "yyyyyy"))
ALERT(String(!1996-07-02!; "yy MMM MMMMM"))
