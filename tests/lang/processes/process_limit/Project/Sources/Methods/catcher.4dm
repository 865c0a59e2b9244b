ALERT("error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
