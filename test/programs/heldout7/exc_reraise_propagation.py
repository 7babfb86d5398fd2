# Exception propagation through nested functions, handler re-raise, bare raise, and except variable deletion.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()
except KeyError as e:
    print("top caught", e)
try:
    e
except NameError as err:
    print("except var deleted:", err)
def bare_raise_outside():
    raise
try:
    bare_raise_outside()
except RuntimeError as err:
    print(err)
def reraise_other():
    try:
        raise ValueError("first")
    except ValueError as v:
        saved = v
    raise saved
try:
    reraise_other()
except ValueError as v:
    print("saved raised again:", v, v.__context__)
def handler_exception():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        except ValueError as inner:
            return f"inner got {inner}"
print(handler_exception())
import sys
def check_exc_info():
    try:
        raise TypeError("info")
    except TypeError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "n/a")
    print(sys.exc_info())
check_exc_info()
def loop_with_exc():
    results = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(i)
        except ValueError as e:
            results.append(f"err{e}")
            continue
        finally:
            results.append("f")
    return results
print(loop_with_exc())
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        e = "rebound"
        print(e)
except Exception:
    pass
