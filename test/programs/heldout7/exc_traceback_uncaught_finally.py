# An exception raised inside a finally block replaces the original one; the uncaught traceback shows the context.
def cleanup(resources):
    print("cleaning", resources)
    return resources["handle"].close()
def process(resources):
    try:
        print("processing")
        raise ValueError("processing failed")
    finally:
        cleanup(resources)
process({"name": "db"})
