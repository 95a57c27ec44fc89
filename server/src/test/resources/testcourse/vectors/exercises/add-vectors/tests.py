def test_add_small():
    assert add([1, 2], [3, 4]) == [4, 6], "add([1, 2], [3, 4]) should be [4, 6]"
