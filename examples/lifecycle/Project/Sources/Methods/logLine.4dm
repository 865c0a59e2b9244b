// One line on stdout per event (LOG EVENT ends it with a line break), so a test can follow the life cycle live.
#DECLARE($line : Text)
LOG EVENT(Into system standard outputs; $line)
