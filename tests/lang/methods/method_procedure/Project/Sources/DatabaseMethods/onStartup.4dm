shout("hello")
noParams
noParams()
