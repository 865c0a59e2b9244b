// developer.4d.com/docs/commands-legacy/quit-4d: "Unlike 4D, the processing of QUIT 4D by 4D Server is
// asynchronous: the method where the command is called is not interrupted after is has been executed." The host
// answers as 4D Server (Application type), so the rest of the method runs.
ALERT("before quit")
QUIT 4D
ALERT("after quit")
