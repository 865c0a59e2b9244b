cs.Faulty.new().run()
ALERT("never")
