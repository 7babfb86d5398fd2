# Order of execution through try/except/else/finally.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("no failure:")
run(False)
print("failure:")
run(True)
