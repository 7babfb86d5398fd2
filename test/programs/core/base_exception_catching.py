# except Exception does not catch SystemExit / KeyboardInterrupt.
import sys
try:
    try:
        sys.exit(5)
    except Exception:
        print("caught by Exception?")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise GeneratorExit()
except Exception:
    print("no")
except GeneratorExit:
    print("GeneratorExit is not an Exception")
