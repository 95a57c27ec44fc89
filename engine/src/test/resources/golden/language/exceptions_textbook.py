class MyError(Exception):
    pass
class ValErr(ValueError):
    def __init__(self, value, msg="bad"):
        super().__init__(f"{msg}: {value}")
        self.value = value
try:
    raise MyError("boom", 42)
except MyError as e:
    print(e, e.args, repr(e), type(e).__name__, str(e))
try:
    raise ValErr(7)
except ValueError as e:
    print(e, e.value, e.args, isinstance(e, Exception))
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", x)
print(f(2), f(0))
try:
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("wrap") from e
except RuntimeError as e:
    print(e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AE", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
for exc in [ZeroDivisionError, KeyError, IndexError, TypeError]:
    try:
        raise exc("msg")
    except Exception as e:
        print(type(e).__name__, e, e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(e, str(e), repr(e))
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args[1])
e2 = ValueError("v")
print(e2, repr(e2), e2.args, isinstance(e2, BaseException))
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
try:
    raise
except RuntimeError as e:
    print("RT", e)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    h()
except ZeroDivisionError as e:
    print("reraised", e)
try:
    import math
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    print(f(1, 2))
except TypeError as e:
    print(e)
try:
    f(y=3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    (1, 2)[1] = 5
except TypeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    x = 2 ** 0.5 + None
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    [] < 3
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    d = {[1]: 2}
except TypeError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    10.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 // 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    x = [1, 2, 3]
    x.remove(4)
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    round("x")
except TypeError as e:
    print(e)
try:
    "x".foo()
except AttributeError as e:
    print(e)
try:
    class A: pass
    A().missing
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    import math
    math.nothing
except AttributeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("stop", repr(e))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
