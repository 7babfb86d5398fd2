# print(file=sys.stderr) writes to stderr; flush is accepted.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("again stdout", flush=True)
print("error", 42, sep=": ", file=sys.stderr)
sys.stderr.write("raw write\n")
