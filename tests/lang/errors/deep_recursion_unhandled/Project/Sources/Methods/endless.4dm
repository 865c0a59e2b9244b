#DECLARE($depth : Integer)
endless($depth+1)
