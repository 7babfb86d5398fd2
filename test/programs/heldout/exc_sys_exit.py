# sys.exit with a message after output, finally blocks run
import sys
def main():
    try:
        print("working")
        sys.exit("fatal: giving up")
    finally:
        print("cleanup runs")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
main()
print("not reached")
