// Tokenized source names a constant `Name:Knn:mm` (4D writes it so in project files: `Is text:K8:3`); the token
// says which constant it is whatever the language the project was saved in, so a project saved in French runs.
// developer.4d.com/docs/commands-legacy/type: Is text is 2, Is real 1, Date array 17, Time array 32.
ALERT(String(Is text:K8:3))
ALERT(String(Est un texte:K8:3))
ALERT(String(Est un réel:K8:4)+" "+String(Tableau date:K8:20)+" "+String(Tableau heure:K8:29))
ALERT(String(Value type("x")=Est un texte:K8:3))
// A token the host's list lacks: the name written before it decides.
ALERT(String(Is longint:K8:999))
// Tokens of other themes, as French names: commands-legacy/process-state gives Executing 0, Delayed 1 and Does not
// exist -100; commands-legacy/day-number numbers Wednesday 4 (Sunday is 1); December is the month 12.
ALERT(String(Mercredi:K10:15)+" "+String(Décembre:K10:12))
ALERT(String(Exécution:K13:4)+" "+String(Retardé:K13:2)+" "+String(N existe pas:K13:3))
ALERT(String(Process state(Current process)=Exécution:K13:4))
// Names that begin with a digit, by token: commands-legacy/application-type gives 4D Local mode 0, 4D Remote mode 4
// and 4D Server 5.
ALERT(String(4D Local mode:K5:1)+" "+String(4D Remote mode:K5:5)+" "+String(4D Server:K5:6))
// A token listed under a name the host lacks (K8:26 is the obsolete _o_Is float), written with one it has: the
// name written decides.
ALERT(String(Is real:K8:26))
