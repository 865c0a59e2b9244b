// One line on stdout per event (LOG EVENT writes the text as is), so a test can follow the life cycle live.
#DECLARE($line : Text)
LOG EVENT(Into system standard outputs; $line+Char(Line feed))
