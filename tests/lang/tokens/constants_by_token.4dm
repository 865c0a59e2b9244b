// Tokenized source names a constant `Name:Knn:mm` (4D writes it so in project files: `Is text:K8:3`); the token
// says which constant it is whatever the language the project was saved in, so a project saved in French runs.
// developer.4d.com/docs/commands-legacy/type: Is text is 2, Is real 1, Date array 17, Time array 32.
ALERT(String(Is text:K8:3))
ALERT(String(Est un texte:K8:3))
ALERT(String(Est un réel:K8:4)+" "+String(Tableau date:K8:20)+" "+String(Tableau heure:K8:29))
ALERT(String(Value type("x")=Est un texte:K8:3))
// A token the host's list lacks: the name written before it decides.
ALERT(String(Is longint:K8:999))
