# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stdout.write("héllo wörld\n")
print(m)
print(sys.stdout.write(""), sys.stderr.write("to stderr\n"))
sys.stdout.writelines(["a\n", "b\n"])
