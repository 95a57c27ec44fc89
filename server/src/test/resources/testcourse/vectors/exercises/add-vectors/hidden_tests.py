# HIDDEN_TEST_MARKER_91c2: never sent to a browser
def test_add_empty_hidden():
    assert add([], []) == [], "add([], []) should be []"
