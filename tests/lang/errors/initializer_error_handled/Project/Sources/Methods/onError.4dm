ALERT("handler: "+String(Last errors[0].errCode#0))
