// Replace string, Uppercase and Lowercase examples from the 4D documentation.
ALERT(Replace string("Shout"; "o"; ""))
ALERT(Replace string("Crème brûlée"; "Brulee"; "caramel"))
ALERT(Replace string("Crème brûlée"; "Brulee"; "caramel"; *))
ALERT(Uppercase("hélène"))
ALERT(Uppercase("hélène"; *))
ALERT(Lowercase("DÉJÀ VU"))
ALERT(Lowercase("DÉJÀ VU"; *))
