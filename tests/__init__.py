"""newsparse tests."""
