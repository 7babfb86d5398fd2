# sys.exit('msg'): the message goes to stderr, exit status 1.
import sys
print("about to fail")
config = {}
if "path" not in config:
    sys.exit("fatal: configuration missing")
print("never")
