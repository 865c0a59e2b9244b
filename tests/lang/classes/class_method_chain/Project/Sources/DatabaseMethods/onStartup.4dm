ALERT(cs.Builder.new().add("a").add("b").add("c").build())
