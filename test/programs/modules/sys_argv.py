# sys.argv holds the script name as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(__name__)
