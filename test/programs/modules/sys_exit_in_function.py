# sys.exit raises SystemExit, which finally blocks see and can be caught.
import sys

def main():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("finally before exit")

try:
    main()
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
sys.exit(0)
