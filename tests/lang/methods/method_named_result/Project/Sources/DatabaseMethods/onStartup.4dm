ALERT(fullName("Ada"; "Lovelace"))
