ALERT:C41("tokenized")
ALERT:C41(String:C10(Length:C16("abcd")))
ALERT:C41(Uppercase:C13("up")+Lowercase:C14("DOWN"))
