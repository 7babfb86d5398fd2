# A bare 'raise' re-raises the active exception with its original traceback.
def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError as e:
    print("logging:", e)
    raise
