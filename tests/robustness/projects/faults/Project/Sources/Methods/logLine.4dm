// One line on stdout per callback, so a test follows what 4D saw while it happens.
#DECLARE($line : Text)
LOG EVENT(Into system standard outputs; $line)
