// One line on stdout, so that the test can read what 4D code saw.
#DECLARE($line : Text)
LOG EVENT(Into system standard outputs; $line)
