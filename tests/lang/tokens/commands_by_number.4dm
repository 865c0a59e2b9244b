// A method as 4D saves it in a French project: each command is tokenized as `Name:Cnnn`, and the number, not the
// French name, says which command it is. Numbers from the 4D 20 command list (developer.4d.com, 4D 20,
// Concepts/commands: ALERT 41, String 10, Length 16, Not 34, Uppercase 13, Position 15; True 214, False 215).
ALERTE:C41("bonjour")
ALERTE:C41(Chaîne:C10(Longueur:C16("abc")))
ALERTE:C41(Chaîne:C10(Non:C34(Faux:C215)))
ALERTE:C41(Majusc:C13("abc")+Chaîne:C10(Position:C15("b"; "abc")))
ALERTE:C41(Chaîne:C10(Vrai:C214))
