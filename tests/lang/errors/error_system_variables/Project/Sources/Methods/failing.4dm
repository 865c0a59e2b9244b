// developer.4d.com/docs/commands/throw: throw(errorCode; description) raises that error.
var $x : Integer
throw(12345; "a failure of our own")
